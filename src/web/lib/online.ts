import { useSyncExternalStore } from "react";

function subscribe(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

/** Whether the browser says it is online (navigator.onLine and its events). */
export function isOnline(): boolean {
  return navigator.onLine;
}

/** The same, as a value a component redraws with. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline);
}
