import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { ActivityDraft } from "../../../domain/activity.js";
import type { Person } from "../../../domain/person.js";
import { Button } from "../../components/button.js";
import { errorMessage } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { ApiError } from "../../lib/api.js";
import { formatFileSize } from "../../lib/format.js";
import type { MailDraft } from "../settings/index.js";
import { useDownloadEml, useResume, useSendEmail, useSmtpAccount } from "../settings/index.js";

// Failures the user fixes in Settings (server, password, security), not in the draft.
const settingsFields = ["host", "port", "security", "user", "password", "fromAddress", "from"];

const loggedKinds = ["email_sent", "thank_you_sent", "update_sent"] as const;
type LoggedKind = (typeof loggedKinds)[number];
const isLoggedKind = (kind: string): kind is LoggedKind =>
  (loggedKinds as readonly string[]).includes(kind);

/** Saves a downloaded file the way a link with `download` would. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

interface SendByEmailProps {
  person: Person;
  subject: string;
  body: string;
  logEntry: Omit<ActivityDraft, "occurredAt"> | undefined;
  sentLabel: string;
  /** After a download, the composer asks whether it went out. */
  onDownloaded: () => void;
}

/** The .eml download and, with an SMTP account, sending from Rapport (logged on success). */
export function SendByEmail({
  person,
  subject,
  body,
  logEntry,
  sentLabel,
  onDownloaded,
}: SendByEmailProps) {
  const resume = useResume();
  const account = useSmtpAccount();
  const download = useDownloadEml();
  const send = useSendEmail();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const [attachResume, setAttachResume] = useState(false);
  const [failure, setFailure] = useState<{ message: string; inSettings: boolean } | null>(null);
  const hasAddress = Boolean(person.email);
  const canSend = Boolean(account.data) && hasAddress;
  const busy = download.isPending || send.isPending;

  const draft = (): MailDraft => ({
    personId: person.id,
    subject,
    body,
    attachResume: attachResume && Boolean(resume.data),
    ...(logEntry && isLoggedKind(logEntry.kind)
      ? { logAs: logEntry.kind, logDetail: logEntry.detail ?? null }
      : {}),
  });

  function showFailure(error: unknown) {
    const fields = error instanceof ApiError ? error.fields : {};
    // A field message says what to fix ("Enter a subject"); the summary only counts them.
    setFailure({
      message: Object.values(fields)[0] ?? errorMessage(error),
      inSettings: Object.keys(fields).some((field) => settingsFields.includes(field)),
    });
  }

  async function downloadEml() {
    setFailure(null);
    try {
      const file = await download.mutateAsync(draft());
      saveFile(file.blob, file.fileName);
      onDownloaded();
    } catch (error) {
      showFailure(error);
    }
  }

  async function sendNow() {
    setFailure(null);
    try {
      await send.mutateAsync(draft());
      navigate(`/people/${person.id}`);
      showToast({ message: `Sent and logged: your ${sentLabel} to ${person.name}.` });
    } catch (error) {
      showFailure(error);
    }
  }

  return (
    <div className="mt-3 flex flex-col gap-3">
      {resume.data ? (
        <label className="flex items-start gap-2.5 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={attachResume}
            onChange={(event) => setAttachResume(event.target.checked)}
            className="mt-0.5 size-4 rounded border-slate-300 accent-teal-700"
          />
          <span>
            Attach my résumé{" "}
            <span className="text-slate-500">
              ({resume.data.fileName}, {formatFileSize(resume.data.size)})
            </span>
          </span>
        </label>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {account.data ? (
          <Button variant="primary" onClick={() => void sendNow()} disabled={busy || !canSend}>
            {send.isPending ? "Sending…" : "Send via SMTP"}
          </Button>
        ) : null}
        <Button onClick={() => void downloadEml()} disabled={busy || !hasAddress}>
          {download.isPending ? "Preparing…" : "Download .eml"}
        </Button>
      </div>
      {!hasAddress ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset">
          Rapport has no e-mail address for {person.name}, so it cannot download or send this
          e-mail. <AddEmailLink person={person} />, or open it in your mail app and type it there.
        </p>
      ) : null}
      {account.isSuccess && !account.data ? (
        <p className="text-sm text-slate-600">
          To send from Rapport and have it logged for you,{" "}
          <Link to="/settings#mail" className="font-semibold text-teal-800 underline">
            set up your e-mail account in Settings
          </Link>
          .
        </p>
      ) : null}
      {failure ? (
        <p
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800"
        >
          {failure.message}{" "}
          {failure.inSettings ? (
            <Link to="/settings#mail" className="underline">
              Open Settings
            </Link>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** Where to add a missing address: the person's own form. */
function AddEmailLink({ person }: { person: Person }) {
  return (
    <Link to={`/people/${person.id}/edit`} className="font-semibold text-teal-800 underline">
      Add their e-mail address
    </Link>
  );
}
