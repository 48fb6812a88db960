import type { OrganizationDraft } from "../../../domain/organization.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

const organizations = api.organizations;

/** The organization calls of Rapport's HTTP API; every function throws ApiError on failure. */
export const organizationsApi = {
  listOrganizations: async () => (await unwrap(organizations.$get())).organizations,
  getOrganization: (id: string) => unwrap(organizations[":id"].$get(byId(id))),
  createOrganization: async (draft: OrganizationDraft) =>
    (await unwrap(organizations.$post({ json: draft }))).organization,
  updateOrganization: async (id: string, draft: OrganizationDraft) =>
    (await unwrap(organizations[":id"].$put({ ...byId(id), json: draft }))).organization,
  deleteOrganization: async (id: string) =>
    (await unwrap(organizations[":id"].$delete(byId(id)))).organization,
  restoreOrganization: async (id: string) =>
    (await unwrap(organizations[":id"].restore.$post(byId(id)))).organization,
};
