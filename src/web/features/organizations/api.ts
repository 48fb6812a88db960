import type { Organization, OrganizationDraft } from "../../../domain/organization.js";
import type { Person } from "../../../domain/person.js";
import { request } from "../../lib/api.js";

const organizationPath = (id: string) => `/api/organizations/${encodeURIComponent(id)}`;

/** The organization calls of Rapport's HTTP API; every function throws ApiError on failure. */
export const organizationsApi = {
  listOrganizations: async () =>
    (await request<{ organizations: Organization[] }>("GET", "/api/organizations")).organizations,
  getOrganization: (id: string) =>
    request<{ organization: Organization; people: Person[] }>("GET", organizationPath(id)),
  createOrganization: async (draft: OrganizationDraft) =>
    (await request<{ organization: Organization }>("POST", "/api/organizations", draft))
      .organization,
  updateOrganization: async (id: string, draft: OrganizationDraft) =>
    (await request<{ organization: Organization }>("PUT", organizationPath(id), draft))
      .organization,
  deleteOrganization: async (id: string) =>
    (await request<{ organization: Organization }>("DELETE", organizationPath(id))).organization,
  restoreOrganization: async (id: string) =>
    (await request<{ organization: Organization }>("POST", `${organizationPath(id)}/restore`))
      .organization,
};
