import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { defaultCadenceSettings } from "../../../domain/cadence-settings.js";
import { afterCadenceSaved } from "../../lib/invalidation.js";
import { cadenceSettingsApi, useCadenceSettings } from "../settings/index.js";

/** The browser's zone ("Europe/Paris"), or null where the browser does not say. */
function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * On the first run, the explorer's time zone is the browser's rather than the UTC default,
 * so "tomorrow" and business days are theirs from the first reminder. Only a zone still at
 * the default is replaced: one chosen in Settings stays. Says what it did, where to change it.
 */
export function WelcomeTimeZone() {
  const settings = useCadenceSettings();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: cadenceSettingsApi.save,
    onSuccess: (saved) => {
      // Today's reminders and conversation times are counted in the new zone.
      afterCadenceSaved(queryClient, saved);
    },
  });
  const zone = browserTimeZone();
  const asked = useRef(false);
  const current = settings.data;

  useEffect(() => {
    if (!current || !zone || asked.current) return;
    if (current.timeZone !== defaultCadenceSettings.timeZone || current.timeZone === zone) return;
    asked.current = true;
    save.mutate({ ...current, timeZone: zone });
  }, [current, zone, save]);

  // A browser in UTC changes nothing, so there is nothing to say.
  if (!zone || zone === defaultCadenceSettings.timeZone || current?.timeZone !== zone) return null;
  return (
    <p
      role="status"
      data-testid="time-zone-notice"
      className="mt-4 max-w-2xl rounded-lg bg-teal-50 px-3 py-2 text-sm text-teal-900 ring-1 ring-teal-200 ring-inset"
    >
      We set your time zone to {zone.replaceAll("_", " ")} from this browser; change it in{" "}
      <Link to="/settings#reminders" className="font-semibold underline underline-offset-2">
        Settings
      </Link>
      .
    </p>
  );
}
