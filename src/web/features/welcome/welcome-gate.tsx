import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useProfile } from "../settings/index.js";

let welcomeShown = false;

/** The welcome page calls this when it opens, so it is offered at most once per visit. */
export function markWelcomeShown(): void {
  welcomeShown = true;
}

/**
 * Sends a first-time user to the welcome, once. Until the profile is known on the very
 * first load nothing is drawn, so the page behind does not flash; a failure to load it
 * never blocks the app.
 */
export function WelcomeGate({ children }: { children: ReactNode }) {
  const profile = useProfile();
  const { pathname } = useLocation();
  if (welcomeShown) return children;
  if (profile.isPending) return null;
  if (profile.data?.profile.welcomeDoneAt === null && pathname !== "/welcome") {
    return <Navigate to="/welcome" replace />;
  }
  return children;
}
