import "../styles.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { DeviceStatus } from "../components/device-status.js";
import { ToastProvider } from "../components/toast.js";
import { listenForInstallPrompt } from "../lib/install-prompt.js";
import { startKeepingOnDevice } from "../lib/offline-pack.js";
import { createQueryClient } from "../lib/query-client.js";
import { startServiceWorker } from "../lib/service-worker.js";
import { createRouter } from "./router.js";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

listenForInstallPrompt();
const queryClient = createQueryClient();
const router = createRouter(queryClient);

// The installable app: the service worker, and the conversations of the next 48 hours kept
// on the device (lib/service-worker.ts, lib/offline-pack.ts).
void startServiceWorker({
  pathname: () => router.state.location.pathname,
  onChange: (listener) => {
    router.subscribe(listener);
  },
});
startKeepingOnDevice(queryClient);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <DeviceStatus />
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>,
);
