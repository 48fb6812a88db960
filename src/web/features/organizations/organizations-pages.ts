// Every page of the organizations feature, loaded together as one chunk on the first visit (see index.ts).
export { EditOrganizationPage, NewOrganizationPage } from "./organization-edit-pages.js";
export { OrganizationPage } from "./organization-page.js";
export { OrganizationsListPage } from "./organizations-list-page.js";
