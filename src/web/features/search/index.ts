// The search feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { focusGlobalSearch, HeaderSearch, PhoneSearch, useIsWide } from "./global-search.js";
export { useSearch } from "./queries.js";
