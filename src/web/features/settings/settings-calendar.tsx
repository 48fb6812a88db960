import { useState } from "react";
import { Button, buttonClasses } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { TextInput } from "../../components/field.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { useCalendarFeed, useChangeCalendarFeed } from "../conversations/index.js";

type Asking = "rotate" | "disable" | null;

/** Settings → Calendar: a private feed address to subscribe to, rotatable, switchable off. */
export function CalendarFeedSection() {
  const feed = useCalendarFeed();
  const change = useChangeCalendarFeed();
  const [asking, setAsking] = useState<Asking>(null);
  const [status, setStatus] = useState("");
  const { showToast } = useToast();

  if (feed.isPending) return <Loading label="Loading your calendar settings…" />;
  if (feed.isError) return <LoadFailed error={feed.error} retry={() => feed.refetch()} />;

  async function run(what: "enable" | "rotate" | "disable", done: string) {
    try {
      await change.mutateAsync(what);
      setAsking(null);
      setStatus(done);
    } catch (error) {
      setAsking(null);
      showToast({ message: `Could not change the feed: ${errorMessage(error)}`, tone: "error" });
    }
  }

  const address = feed.data.path ? `${window.location.origin}${feed.data.path}` : null;
  const subscribe = address?.replace(/^https?:/, "webcal:");

  async function copy() {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setStatus("Address copied.");
    } catch {
      // Without clipboard permission the user can still copy the selected text by hand.
      const field = document.getElementById("calendar-address");
      if (field instanceof HTMLInputElement) field.select();
      setStatus("Press Ctrl+C (⌘C on a Mac) to copy the selected address.");
    }
  }

  return (
    <div id="calendar" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
      {address ? (
        <>
          <TextInput
            id="calendar-address"
            label="Your calendar address"
            hint="Private: anyone with it can see your conversations and reminders. Calendar apps on this computer can read it while Rapport is running."
            value={address}
            readOnly
            onFocus={(event) => event.target.select()}
          />
          <div className="mt-4 flex flex-wrap gap-2">
            <Button variant="primary" onClick={() => void copy()}>
              Copy address
            </Button>
            <a href={subscribe} className={buttonClasses("secondary")}>
              Subscribe in my calendar app
            </a>
            <Button onClick={() => setAsking("rotate")} disabled={change.isPending}>
              Get a new address
            </Button>
            <Button
              variant="danger"
              onClick={() => setAsking("disable")}
              disabled={change.isPending}
            >
              Turn off
            </Button>
          </div>
        </>
      ) : (
        <div className="flex flex-col items-start gap-3">
          <p className="max-w-2xl text-slate-600">
            Your calendar feed is off. Turn it on to get a private address your calendar app (Google
            Calendar, Apple Calendar, Outlook) can subscribe to.
          </p>
          <Button
            variant="primary"
            disabled={change.isPending}
            onClick={() => void run("enable", "The calendar feed is on.")}
          >
            {change.isPending ? "Turning on…" : "Turn on the calendar feed"}
          </Button>
        </div>
      )}
      <p role="status" aria-live="polite" className="mt-3 min-h-5 text-sm text-teal-800">
        {status}
      </p>
      <ConfirmDialog
        open={asking === "rotate"}
        onOpenChange={(open) => setAsking(open ? "rotate" : null)}
        title="Get a new calendar address?"
        description="The old address stops working at once: calendars subscribed with it stop updating until you subscribe again with the new one."
        confirmLabel="Get a new address"
        pendingLabel="Changing…"
        pending={change.isPending}
        onConfirm={() => void run("rotate", "New address ready. The old one no longer works.")}
      />
      <ConfirmDialog
        open={asking === "disable"}
        onOpenChange={(open) => setAsking(open ? "disable" : null)}
        title="Turn off the calendar feed?"
        description="Calendars subscribed to it stop updating. If you turn it on again, you get a new address."
        confirmLabel="Turn off"
        pendingLabel="Turning off…"
        pending={change.isPending}
        onConfirm={() => void run("disable", "The calendar feed is off.")}
      />
    </div>
  );
}
