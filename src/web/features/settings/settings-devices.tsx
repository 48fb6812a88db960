import { useEffect, useState } from "react";
import type { Device } from "../../../domain/device.js";
import { Button } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { whenText } from "../../lib/conversations-format.js";
import { useDevices, usePairingLink, useRevokeDevice } from "./devices-queries.js";
import { useCadenceSettings } from "./queries.js";

type PairingLink = NonNullable<ReturnType<typeof usePairingLink>["data"]>;

/** The SVG the server drew, as an image: no QR code library in the browser. */
const svgImage = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

function PairingCard({ link, timeZone }: { link: PairingLink; timeZone: string }) {
  return (
    <div className="mt-4 flex flex-col items-start gap-4 rounded-lg bg-slate-50 p-4 sm:flex-row">
      <img
        src={svgImage(link.qrSvg)}
        alt="QR code of the pairing link"
        width={192}
        height={192}
        className="size-48 shrink-0 rounded-md bg-white ring-1 ring-slate-200"
      />
      <div className="min-w-0">
        <p className="text-slate-700">
          On your phone, scan the code with the camera, or open this link in its browser:
        </p>
        <p className="mt-2 font-mono text-sm break-all text-slate-900" data-testid="pairing-url">
          {link.url}
        </p>
        <p className="mt-2 text-sm text-slate-600">
          It pairs one device, once, until {whenText(link.expiresAt, timeZone)}. The phone must be
          on the same Wi-Fi as this computer.
        </p>
      </div>
    </div>
  );
}

function DeviceRow({
  device,
  isThisDevice,
  timeZone,
  onRevoke,
}: {
  device: Device;
  isThisDevice: boolean;
  timeZone: string;
  onRevoke: () => void;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="font-medium text-slate-900">
          {device.name}
          {isThisDevice && (
            <span className="ml-2 rounded-full bg-teal-50 px-2 py-0.5 text-xs font-medium text-teal-800 ring-1 ring-teal-200">
              This device
            </span>
          )}
        </p>
        <p className="text-sm text-slate-600">
          Paired {whenText(device.pairedAt, timeZone)}
          {device.lastSeenAt && ` · last seen ${whenText(device.lastSeenAt, timeZone)}`}
        </p>
      </div>
      {!isThisDevice && (
        <Button variant="danger" onClick={onRevoke} aria-label={`Revoke ${device.name}`}>
          Revoke
        </Button>
      )}
    </li>
  );
}

/**
 * Settings → Phones and tablets: pair one (a one-time link and its QR code, only while
 * `rapport serve --lan` serves the network), the paired devices, and revoking one.
 */
export function DevicesSection() {
  const [link, setLink] = useState<PairingLink | null>(null);
  const devices = useDevices(link !== null);
  const cadence = useCadenceSettings();
  const pair = usePairingLink();
  const revoke = useRevokeDevice();
  const [revoking, setRevoking] = useState<Device | null>(null);
  const [status, setStatus] = useState("");
  const { showToast } = useToast();
  const pairedIds = devices.data?.devices.map((device) => device.id).join(" ") ?? "";
  const [idsWhenLinkMade, setIdsWhenLinkMade] = useState("");

  // A new device appeared while the link was shown: it was used, so the link is put away.
  useEffect(() => {
    if (link === null || pairedIds === idsWhenLinkMade) return;
    const newest = devices.data?.devices.at(-1);
    setLink(null);
    setStatus(newest ? `Paired: ${newest.name}.` : "");
  }, [link, pairedIds, idsWhenLinkMade, devices.data]);

  if (devices.isPending || cadence.isPending) return <Loading label="Loading your devices…" />;
  if (devices.isError) return <LoadFailed error={devices.error} retry={() => devices.refetch()} />;
  if (cadence.isError) return <LoadFailed error={cadence.error} retry={() => cadence.refetch()} />;
  const { lanOrigin, thisDeviceId } = devices.data;
  const timeZone = cadence.data.timeZone;

  async function newLink() {
    try {
      const made = await pair.mutateAsync();
      setIdsWhenLinkMade(pairedIds);
      setLink(made);
      setStatus("");
    } catch (error) {
      showToast({
        message: `Could not make a pairing link: ${errorMessage(error)}`,
        tone: "error",
      });
    }
  }

  async function confirmRevoke(device: Device) {
    try {
      await revoke.mutateAsync(device.id);
      setRevoking(null);
      setStatus(`${device.name} can no longer open Rapport.`);
    } catch (error) {
      setRevoking(null);
      showToast({ message: `Could not revoke it: ${errorMessage(error)}`, tone: "error" });
    }
  }

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      {lanOrigin ? (
        <div>
          <p className="max-w-2xl text-slate-700">
            Rapport is serving your network at{" "}
            <span className="font-mono text-sm text-slate-900">{lanOrigin}</span>. Only the devices
            you pair can open it.
          </p>
          <Button
            variant="primary"
            className="mt-3"
            disabled={pair.isPending}
            onClick={() => void newLink()}
          >
            {pair.isPending ? "Making a link…" : link ? "Make a new link" : "Pair a phone"}
          </Button>
          {link && <PairingCard link={link} timeZone={timeZone} />}
        </div>
      ) : (
        <p className="max-w-2xl text-slate-700" data-testid="lan-off">
          Rapport is open on this computer only. To use it from your phone on the same Wi-Fi, stop
          Rapport and start it again with{" "}
          <code className="rounded bg-slate-100 px-1 text-sm whitespace-nowrap">
            rapport serve --lan
          </code>{" "}
          (or{" "}
          <code className="rounded bg-slate-100 px-1 text-sm whitespace-nowrap">
            npm start -- --lan
          </code>
          ), then pair your phone here.
        </p>
      )}

      <h3 className="mt-6 font-semibold text-slate-900">Paired devices</h3>
      {devices.data.devices.length === 0 ? (
        <p className="mt-1 text-slate-600">No phone or tablet is paired.</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100" aria-label="Paired devices">
          {devices.data.devices.map((device) => (
            <DeviceRow
              key={device.id}
              device={device}
              isThisDevice={device.id === thisDeviceId}
              timeZone={timeZone}
              onRevoke={() => setRevoking(device)}
            />
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className="mt-3 min-h-5 text-sm text-teal-800">
        {status}
      </p>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => {
          if (!open) setRevoking(null);
        }}
        title={`Revoke ${revoking?.name ?? "this device"}?`}
        description="It stops opening Rapport at once, even with a page open. To use it again, pair it again."
        confirmLabel="Revoke"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        onConfirm={() => {
          if (revoking) void confirmRevoke(revoking);
        }}
      />
    </div>
  );
}
