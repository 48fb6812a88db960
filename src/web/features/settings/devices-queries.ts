import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, byId, unwrap } from "../../lib/api-client.js";
import { afterDevicesChange, queryKeys } from "../../lib/invalidation.js";

/** Settings → Phones and tablets; every function throws ApiError on failure. */
export const devicesApi = {
  list: () => unwrap(api.devices.$get()),
  pair: async () => (await unwrap(api.devices.pairing.$post())).pairing,
  revoke: async (id: string) => {
    await unwrap(api.devices[":id"].$delete(byId(id)));
  },
};

/** The paired devices; polled while a pairing link is shown, so a new phone appears. */
export function useDevices(polling: boolean) {
  return useQuery({
    queryKey: queryKeys.devices,
    queryFn: devicesApi.list,
    refetchInterval: polling ? 2_000 : false,
  });
}

export function usePairingLink() {
  return useMutation({ mutationFn: devicesApi.pair });
}

export function useRevokeDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: devicesApi.revoke,
    onSuccess: () => afterDevicesChange(queryClient),
  });
}
