import { useKeptOnDevice } from "../lib/offline-pack.js";
import { OnDeviceIcon } from "./icons.js";

/** "Available offline" beside a conversation this device keeps (lib/offline-pack.ts). */
export function AvailableOffline({ activityId }: { activityId: string }) {
  const kept = useKeptOnDevice();
  if (!kept.data?.has(activityId)) return null;
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full bg-teal-50 px-2 py-0.5 text-xs font-semibold text-teal-800 ring-1 ring-teal-200 ring-inset"
      title="Kept on this device: it opens without a connection"
    >
      <OnDeviceIcon />
      Available offline
    </span>
  );
}
