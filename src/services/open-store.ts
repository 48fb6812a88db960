// What the CLI needs of the store to start Rapport, so that it never imports src/store
// itself (house rule shells-not-store): opening the store at a URL, the data folder's
// failures in the store's own words, and a URL safe to print. StorageError comes from
// service-error.ts like every other failure a service reports.
export { withoutPassword } from "../store/postgres-storage-error.js";
export { folderStorageError } from "../store/storage-error.js";
export { openStore, type Store } from "../store/store.js";
