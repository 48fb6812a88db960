import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { PeopleQuery, PersonDraft } from "../../../domain/person.js";
import { afterPeopleChange, afterRecordDeleted, queryKeys } from "../../lib/invalidation.js";
import { peopleApi } from "./api.js";

/**
 * The people list a page at a time: `fetchNextPage` asks for the page after the last one
 * shown. A new filter or sort is a new key, so paging starts again from the first page.
 */
export function usePeoplePages(query: PeopleQuery) {
  return useInfiniteQuery({
    queryKey: queryKeys.peoplePages(query),
    queryFn: ({ pageParam }) => peopleApi.listPeoplePage(query, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Everyone's name for pickers, up to the server's bound. */
export function usePeopleNames() {
  return useQuery({ queryKey: queryKeys.peopleNames, queryFn: peopleApi.listPeopleNames });
}

export function usePeopleLocations() {
  return useQuery({ queryKey: queryKeys.peopleLocations, queryFn: peopleApi.listPeopleLocations });
}

export function usePerson(id: string) {
  return useQuery({ queryKey: queryKeys.person(id), queryFn: () => peopleApi.getPerson(id) });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: PersonDraft) => peopleApi.createPerson(draft),
    onSuccess: () => afterPeopleChange(queryClient),
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: PersonDraft) => peopleApi.updatePerson(id, draft),
    onSuccess: () => afterPeopleChange(queryClient),
  });
}

export function useDeletePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: peopleApi.deletePerson,
    onSuccess: (person) => afterRecordDeleted(queryClient, person.id),
  });
}

export function useRestorePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: peopleApi.restorePerson,
    onSuccess: () => afterPeopleChange(queryClient),
  });
}
