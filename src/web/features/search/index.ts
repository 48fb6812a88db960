// The search feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { HeaderSearch, PhoneSearch, useIsWide, useSearchShortcut } from "./global-search.js";
