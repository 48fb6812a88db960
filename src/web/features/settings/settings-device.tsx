import { counted } from "../../../domain/wording/plural.js";
import { Button } from "../../components/button.js";
import { useInstallPrompt } from "../../lib/install-prompt.js";
import { useKeptOnDevice } from "../../lib/offline-pack.js";
import { keepAheadHours } from "../../lib/offline-window.js";

const rowClass =
  "flex flex-col gap-3 px-4 py-3.5 sm:flex-row sm:items-center sm:justify-between sm:gap-6 sm:px-5";

function keptSentence(count: number): string {
  if (count === 0) {
    return `No conversation starts in the next ${keepAheadHours} hours, so none is kept here yet. Each one is kept once it is ${keepAheadHours} hours away.`;
  }
  const conversations = counted(count, { one: "conversation is", other: "conversations are" });
  return `${conversations} kept on this device: those starting in the next ${keepAheadHours} hours, with their plan, pitch, notes and brief, so they open without a connection.`;
}

/** Settings → On this device: what is kept for offline use, and installing Rapport as an app. */
export function OnThisDeviceSection() {
  const kept = useKeptOnDevice();
  const { state, install } = useInstallPrompt();
  const canKeep = "serviceWorker" in navigator && "caches" in window;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
      <li className={rowClass}>
        <div className="min-w-0">
          <p className="font-medium text-slate-900">Kept for offline use</p>
          <p className="text-sm text-slate-600" data-testid="kept-on-device">
            {!canKeep
              ? "This browser cannot keep pages for use without a connection."
              : kept.data
                ? keptSentence(kept.data.size)
                : "Looking at what this device keeps…"}
          </p>
        </div>
      </li>
      <li className={rowClass}>
        <div className="min-w-0">
          <p className="font-medium text-slate-900">Install Rapport</p>
          <p className="text-sm text-slate-600">
            {state === "installed"
              ? "Rapport is installed on this device."
              : state === "available"
                ? "Open Rapport from your home screen or dock, in its own window, even without a connection."
                : "To install Rapport, use your browser's menu: Install app, or Add to Home Screen."}
          </p>
        </div>
        {state === "available" ? (
          <Button variant="primary" className="self-start sm:self-auto" onClick={() => install()}>
            Install Rapport
          </Button>
        ) : null}
      </li>
    </ul>
  );
}
