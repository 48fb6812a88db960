import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OrganizationDraft } from "../../../domain/organization.js";
import { afterPeopleChange, afterRecordDeleted, queryKeys } from "../../lib/invalidation.js";
import { organizationsApi } from "./api.js";

export function useOrganizations() {
  return useQuery({
    queryKey: queryKeys.organizationList,
    queryFn: organizationsApi.listOrganizations,
  });
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: queryKeys.organization(id),
    queryFn: () => organizationsApi.getOrganization(id),
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => organizationsApi.createOrganization(draft),
    onSuccess: () => afterPeopleChange(queryClient),
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => organizationsApi.updateOrganization(id, draft),
    onSuccess: () => afterPeopleChange(queryClient),
  });
}

export function useDeleteOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: organizationsApi.deleteOrganization,
    onSuccess: (organization) => afterRecordDeleted(queryClient, organization.id),
  });
}

export function useRestoreOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: organizationsApi.restoreOrganization,
    onSuccess: () => afterPeopleChange(queryClient),
  });
}
