import {
  keepPreviousData,
  type Query,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { OrganizationDraft } from "../domain/organization.js";
import type { PeopleQuery, PersonDraft } from "../domain/person.js";
import { ApiError, api } from "./api.js";

export const queryKeys = {
  people: ["people"] as const,
  peopleList: (query: PeopleQuery) => ["people", "list", query] as const,
  peopleLocations: ["people", "locations"] as const,
  person: (id: string) => ["people", "detail", id] as const,
  organizations: ["organizations"] as const,
  organizationList: ["organizations", "list"] as const,
  organization: (id: string) => ["organizations", "detail", id] as const,
};

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 404 or a validation error will not fix itself; only retry network hiccups.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400),
      },
    },
  });
}

/** People and organizations point at each other (names, counts), so refresh both. */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.people }),
      queryClient.invalidateQueries({ queryKey: queryKeys.organizations }),
    ]);
}

/**
 * After a delete the page showing the deleted record is about to go away. Its own queries
 * (the record, its log, its asks… any key that names its id) would only answer 404 if
 * fetched again, so they are marked stale without refetching (the next visit asks afresh
 * and says "not found"); everything else about people and organizations is refreshed.
 */
function useInvalidateAfterDelete() {
  const queryClient = useQueryClient();
  return (id: string) => {
    const namesGone = (query: Query) => query.queryKey.includes(id);
    const aboutPeople = (query: Query) =>
      query.queryKey[0] === "people" || query.queryKey[0] === "organizations";
    void queryClient.invalidateQueries({ predicate: namesGone, refetchType: "none" });
    void queryClient.invalidateQueries({
      predicate: (query) => aboutPeople(query) && !namesGone(query),
    });
  };
}

export function usePeople(query: PeopleQuery) {
  return useQuery({
    queryKey: queryKeys.peopleList(query),
    queryFn: () => api.listPeople(query),
    placeholderData: keepPreviousData,
  });
}

export function usePeopleLocations() {
  return useQuery({ queryKey: queryKeys.peopleLocations, queryFn: api.listPeopleLocations });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: queryKeys.person(id), queryFn: () => api.getPerson(id) });
}

export function useCreatePerson() {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: PersonDraft) => api.createPerson(draft),
    onSuccess: invalidateAll,
  });
}

export function useUpdatePerson(id: string) {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: PersonDraft) => api.updatePerson(id, draft),
    onSuccess: invalidateAll,
  });
}

export function useDeletePerson() {
  const invalidate = useInvalidateAfterDelete();
  return useMutation({
    mutationFn: api.deletePerson,
    onSuccess: (person) => invalidate(person.id),
  });
}

export function useRestorePerson() {
  const invalidateAll = useInvalidateAll();
  return useMutation({ mutationFn: api.restorePerson, onSuccess: invalidateAll });
}

export function useOrganizations() {
  return useQuery({ queryKey: queryKeys.organizationList, queryFn: api.listOrganizations });
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: queryKeys.organization(id),
    queryFn: () => api.getOrganization(id),
  });
}

export function useCreateOrganization() {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => api.createOrganization(draft),
    onSuccess: invalidateAll,
  });
}

export function useUpdateOrganization(id: string) {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => api.updateOrganization(id, draft),
    onSuccess: invalidateAll,
  });
}

export function useDeleteOrganization() {
  const invalidate = useInvalidateAfterDelete();
  return useMutation({
    mutationFn: api.deleteOrganization,
    onSuccess: (organization) => invalidate(organization.id),
  });
}

export function useRestoreOrganization() {
  const invalidateAll = useInvalidateAll();
  return useMutation({ mutationFn: api.restoreOrganization, onSuccess: invalidateAll });
}
