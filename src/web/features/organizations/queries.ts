import { useMutation, useQuery } from "@tanstack/react-query";
import type { OrganizationDraft } from "../../../domain/organization.js";
import { queryKeys, useInvalidateAfterDelete, useInvalidateAll } from "../people/index.js";
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
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => organizationsApi.createOrganization(draft),
    onSuccess: invalidateAll,
  });
}

export function useUpdateOrganization(id: string) {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: (draft: OrganizationDraft) => organizationsApi.updateOrganization(id, draft),
    onSuccess: invalidateAll,
  });
}

export function useDeleteOrganization() {
  const invalidate = useInvalidateAfterDelete();
  return useMutation({
    mutationFn: organizationsApi.deleteOrganization,
    onSuccess: (organization) => invalidate(organization.id),
  });
}

export function useRestoreOrganization() {
  const invalidateAll = useInvalidateAll();
  return useMutation({
    mutationFn: organizationsApi.restoreOrganization,
    onSuccess: invalidateAll,
  });
}
