// The organizations feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { organizationsApi } from "./api.js";
export { EditOrganizationPage, NewOrganizationPage } from "./organization-edit-pages.js";
export { OrganizationPage } from "./organization-page.js";
export { OrganizationsListPage } from "./organizations-list-page.js";
export { useOrganizations } from "./queries.js";
