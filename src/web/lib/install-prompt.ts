import { useSyncExternalStore } from "react";

/** Chromium's install prompt event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
}

export type InstallState = "installed" | "available" | "unavailable";

let deferred: BeforeInstallPromptEvent | null = null;
let installed = false;
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

function isPromptEvent(event: Event): event is BeforeInstallPromptEvent {
  return "prompt" in event && typeof event.prompt === "function";
}

/**
 * Keeps the browser's install offer for Settings → On this device. Called at start: the event
 * fires once, early, whatever page is open.
 */
export function listenForInstallPrompt(): void {
  installed = window.matchMedia("(display-mode: standalone)").matches;
  window.addEventListener("beforeinstallprompt", (event) => {
    if (!isPromptEvent(event)) return;
    // Rapport offers it from Settings instead of the browser's own banner.
    event.preventDefault();
    deferred = event;
    changed();
  });
  window.addEventListener("appinstalled", () => {
    deferred = null;
    installed = true;
    changed();
  });
}

function state(): InstallState {
  if (installed) return "installed";
  return deferred ? "available" : "unavailable";
}

/** Whether Rapport can be installed from here, and the call that asks the browser to. */
export function useInstallPrompt(): { state: InstallState; install: () => Promise<void> } {
  const current = useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, state);
  return {
    state: current,
    install: async () => {
      const offer = deferred;
      if (!offer) return;
      await offer.prompt();
      const { outcome } = await offer.userChoice;
      // The offer can be used once, whatever the answer.
      deferred = null;
      if (outcome === "accepted") installed = true;
      changed();
    },
  };
}
