import type { ApiErrorBody, ApiErrorCode } from "../domain/api-error.js";
import type { Organization, OrganizationDraft } from "../domain/organization.js";
import type { PeopleQuery, Person, PersonDraft } from "../domain/person.js";
import type { Profile, ProfileDraft, Target, TargetKind } from "../domain/profile.js";
import type { FieldErrors } from "../domain/validation.js";

/** An error the API answered with, or a network failure (code "network"). */
export class ApiError extends Error {
  readonly code: ApiErrorCode | "network";
  readonly status: number;
  readonly fields: FieldErrors;
  /** A per-row report (a refused restore), one line a problem. */
  readonly report: readonly string[];

  constructor(
    code: ApiErrorCode | "network",
    message: string,
    status: number,
    fields: FieldErrors = {},
    report: readonly string[] = [],
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.report = report;
  }
}

export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = body.error;
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string" &&
    "message" in error &&
    typeof error.message === "string"
  );
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * A request on this origin whose answer is checked: a network failure or an error answer
 * becomes an ApiError with the server's message and field errors. Used directly for files.
 */
export async function fetchChecked(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...init });
  } catch {
    throw new ApiError(
      "network",
      "Rapport's server is not answering. Check that it is still running, then try again.",
      0,
    );
  }
  if (response.ok) return response;
  const parsed: unknown = await response.json().catch(() => null);
  throw errorFromAnswer(response.status, parsed);
}

/**
 * The error an answer carries: the API's own message and field errors when it sent them,
 * else a sentence for the status (a proxy in front of Rapport may answer 413 itself).
 */
export function errorFromAnswer(status: number, body: unknown): ApiError {
  if (isApiErrorBody(body)) {
    const { code, message, fields, report } = body.error;
    return new ApiError(code, message, status, fields ?? {}, report ?? []);
  }
  if (status === 413) {
    return new ApiError(
      "too_large",
      "That is more than the server accepts at once. Send a smaller file or a shorter text.",
      status,
    );
  }
  return new ApiError("internal", `Something went wrong on the server (${status}).`, status);
}

/** One call to the API; shared by the feature clients (see api-log.ts). */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const response = await fetchChecked(path, {
    method,
    headers: {
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!text) return null as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null as T;
  }
}

function queryString(params: Record<string, string | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    // Lists repeat the key (?targetIds=a&targetIds=b), which the server reads as an array.
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else if (typeof value === "string" && value) search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;
const organizationPath = (id: string) => `/api/organizations/${encodeURIComponent(id)}`;
const targetPath = (id: string) => `/api/targets/${encodeURIComponent(id)}`;

/** An interest or location as the API takes it; flexibility only matters for locations. */
export interface TargetDraft {
  kind: TargetKind;
  label: string;
  flexibility?: string | null;
}

/** The typed client for Rapport's HTTP API; every function throws ApiError on failure. */
export const api = {
  listPeople: async (query: PeopleQuery) =>
    (await request<{ people: Person[] }>("GET", `/api/people${queryString({ ...query })}`)).people,
  listPeopleLocations: async () =>
    (await request<{ locations: string[] }>("GET", "/api/people/locations")).locations,
  getPerson: async (id: string) =>
    (await request<{ person: Person }>("GET", personPath(id))).person,
  createPerson: async (draft: PersonDraft) =>
    (await request<{ person: Person }>("POST", "/api/people", draft)).person,
  updatePerson: async (id: string, draft: PersonDraft) =>
    (await request<{ person: Person }>("PUT", personPath(id), draft)).person,
  deletePerson: async (id: string) =>
    (await request<{ person: Person }>("DELETE", personPath(id))).person,
  restorePerson: async (id: string) =>
    (await request<{ person: Person }>("POST", `${personPath(id)}/restore`)).person,

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

  getProfile: () => request<{ profile: Profile; targets: Target[] }>("GET", "/api/profile"),
  saveProfile: async (draft: ProfileDraft) =>
    (await request<{ profile: Profile }>("PUT", "/api/profile", draft)).profile,
  finishWelcome: async () =>
    (await request<{ profile: Profile }>("POST", "/api/profile/welcome-done")).profile,
  addTarget: async (draft: TargetDraft) =>
    (await request<{ target: Target }>("POST", "/api/targets", draft)).target,
  updateTarget: async (id: string, draft: TargetDraft) =>
    (await request<{ target: Target }>("PUT", targetPath(id), draft)).target,
  removeTarget: async (id: string) => {
    await request<{ ok: true }>("DELETE", targetPath(id));
  },
};
