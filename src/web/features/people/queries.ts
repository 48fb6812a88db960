import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PeopleQuery, PersonDraft } from "../../../domain/person.js";
import { afterPeopleChange, afterRecordDeleted, queryKeys } from "../../lib/invalidation.js";
import { peopleApi } from "./api.js";

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
