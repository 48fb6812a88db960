// The organizations feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./organizations-pages.js");

export const EditOrganizationPage = lazyPage(pages, "EditOrganizationPage");
export const NewOrganizationPage = lazyPage(pages, "NewOrganizationPage");
export const OrganizationPage = lazyPage(pages, "OrganizationPage");
export const OrganizationsListPage = lazyPage(pages, "OrganizationsListPage");

export { organizationsApi } from "./api.js";
export { useOrganizations } from "./queries.js";
