import {
  keepPreviousData,
  type Query,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { PeopleQuery, PersonDraft } from "../../../domain/person.js";
import { peopleApi } from "./api.js";

export const queryKeys = {
  people: ["people"] as const,
  peopleList: (query: PeopleQuery) => ["people", "list", query] as const,
  peopleLocations: ["people", "locations"] as const,
  person: (id: string) => ["people", "detail", id] as const,
  organizations: ["organizations"] as const,
  organizationList: ["organizations", "list"] as const,
  organization: (id: string) => ["organizations", "detail", id] as const,
};

/** People and organizations point at each other (names, counts), so refresh both. */
export function useInvalidateAll() {
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
export function useInvalidateAfterDelete() {
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
    queryFn: () => peopleApi.listPeople(query),
    placeholderData: keepPreviousData,
  });
}

export function usePeopleLocations() {
  return useQuery({ queryKey: queryKeys.peopleLocations, queryFn: peopleApi.listPeopleLocations });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: queryKeys.person(id), queryFn: () => peopleApi.getPerson(id) });
}

export function useCreatePerson() {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: PersonDraft) => peopleApi.createPerson(draft),
    onSuccess: invalidateAll,
  });
}

export function useUpdatePerson(id: string) {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: PersonDraft) => peopleApi.updatePerson(id, draft),
    onSuccess: invalidateAll,
  });
}

export function useDeletePerson() {
  const invalidate = useInvalidateAfterDelete();
  return useMutation({
    mutationFn: peopleApi.deletePerson,
    onSuccess: (person) => invalidate(person.id),
  });
}

export function useRestorePerson() {
  const invalidateAll = useInvalidateAll();
  return useMutation({ mutationFn: peopleApi.restorePerson, onSuccess: invalidateAll });
}
