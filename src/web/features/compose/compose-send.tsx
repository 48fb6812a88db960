import { useState } from "react";
import type { ActivityDraft } from "../../../domain/activity.js";
import type { OutreachKind } from "../../../domain/draft-purpose.js";
import type { Person } from "../../../domain/person.js";
import { Button, buttonClasses } from "../../components/button.js";
import { SendByEmail } from "./compose-send-email.js";

const sentWords: Record<OutreachKind, string> = {
  email: "e-mail",
  letter: "letter",
  network_message: "message",
};

/** A `mailto:` link with the subject and body, to the person's address if there is one. */
export function mailtoHref(email: string | null, subject: string, body: string): string {
  const query = [
    subject ? `subject=${encodeURIComponent(subject)}` : "",
    `body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`,
  ]
    .filter(Boolean)
    .join("&");
  return `mailto:${email ?? ""}?${query}`;
}

interface SendBarProps {
  kind: OutreachKind;
  email: string | null;
  subject: string;
  body: string;
  logging: boolean;
  logError: string | null;
  /** Logs the activity once the user says it went out. */
  onConfirmSent: () => void;
  /** For the e-mail paths Rapport handles itself (.eml, SMTP); without it only mailto and copy. */
  person?: Person;
  /** What sending via SMTP logs (the same entry "Yes, log it" would write). */
  smtpLogEntry?: Omit<ActivityDraft, "occurredAt">;
  /** "e-mail", "thank-you"…: for the message after sending. */
  sentLabel?: string;
  /** Whether logging it starts the follow-up clock (first touches do; thank-yous do not). */
  startsFollowUp?: boolean;
}

/**
 * Every way out: the mail app, an .eml file, SMTP, the clipboard. For the paths Rapport
 * cannot observe, it then asks whether the message went out and logs it on "yes".
 */
export function SendBar({
  kind,
  email,
  subject,
  body,
  logging,
  logError,
  onConfirmSent,
  person,
  smtpLogEntry,
  sentLabel,
  startsFollowUp = true,
}: SendBarProps) {
  const [asking, setAsking] = useState(false);
  const [copyStatus, setCopyStatus] = useState("");
  const copyText = kind === "email" && subject ? `Subject: ${subject}\n\n${body}` : body;
  const emailPaths = kind === "email" && person !== undefined;

  async function copy() {
    try {
      await navigator.clipboard.writeText(copyText);
      setCopyStatus("Copied");
    } catch {
      setCopyStatus("Could not copy: select the text and copy it yourself.");
    }
    setAsking(true);
  }

  return (
    <section
      aria-labelledby="send-heading"
      className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <h2 id="send-heading" className="text-base font-semibold text-slate-900">
        Send it
      </h2>
      {emailPaths ? (
        <SendByEmail
          person={person}
          subject={subject}
          body={body}
          logEntry={smtpLogEntry}
          sentLabel={sentLabel ?? sentWords[kind]}
          onDownloaded={() => setAsking(true)}
        />
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {kind === "email" ? (
          <a
            href={mailtoHref(email, subject, body)}
            className={buttonClasses(emailPaths ? "secondary" : "primary")}
            onClick={() => setAsking(true)}
          >
            Open in my mail app
          </a>
        ) : null}
        <Button variant={kind === "email" ? "secondary" : "primary"} onClick={copy}>
          Copy
        </Button>
        <span role="status" className="text-sm font-medium text-teal-800">
          {copyStatus}
        </span>
      </div>
      {kind === "email" && !email && !emailPaths ? (
        <p className="mt-2 text-sm text-slate-600">
          No e-mail address is saved for them: your mail app will ask for one.
        </p>
      ) : null}
      {kind === "network_message" ? (
        <p className="mt-2 text-sm text-slate-600">Copy it, then paste it into the site.</p>
      ) : null}
      {asking ? (
        <div
          data-testid="went-out"
          className="mt-4 flex flex-col gap-3 rounded-xl bg-teal-50 px-4 py-3 ring-1 ring-teal-200 ring-inset sm:flex-row sm:items-center"
        >
          <p id="went-out-question" className="font-medium text-teal-950">
            Did it go out?{" "}
            <span className="font-normal text-teal-900">
              Rapport logs the {sentLabel ?? sentWords[kind]}
              {startsFollowUp ? " and starts the follow-up clock." : "."}
            </span>
          </p>
          <div className="flex shrink-0 gap-2 sm:ml-auto">
            <Button variant="primary" onClick={onConfirmSent} disabled={logging}>
              {logging ? "Logging…" : "Yes, log it"}
            </Button>
            <Button variant="ghost" onClick={() => setAsking(false)} disabled={logging}>
              Not yet
            </Button>
          </div>
        </div>
      ) : null}
      {logError ? (
        <p role="alert" className="mt-3 text-sm font-medium text-red-700">
          {logError}
        </p>
      ) : null}
    </section>
  );
}
