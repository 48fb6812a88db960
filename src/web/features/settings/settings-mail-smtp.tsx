import { type FormEvent, useState } from "react";
import { Button } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { Select, TextInput } from "../../components/field.js";
import { FormErrorAlert } from "../../components/form-error.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { useFormState } from "../../lib/form-state.js";
import { type SmtpAccount, type SmtpSecurity, smtpSecurities } from "./mail-api.js";
import {
  useRemoveSmtpAccount,
  useSaveSmtpAccount,
  useSendTestMessage,
  useSmtpAccount,
} from "./mail-queries.js";

const fields = ["host", "port", "security", "user", "password", "fromAddress"] as const;
type SmtpField = (typeof fields)[number];
type SmtpValues = Record<SmtpField, string>;

const securityLabels: Record<SmtpSecurity, string> = {
  ssl: "SSL/TLS (usually port 465)",
  starttls: "STARTTLS (usually port 587)",
  none: "None (only for a mail server on this computer)",
};
const usualPorts: Record<SmtpSecurity, string> = { ssl: "465", starttls: "587", none: "25" };

function valuesOf(account: SmtpAccount | null): SmtpValues {
  return {
    host: account?.host ?? "",
    port: account ? String(account.port) : "587",
    security: account?.security ?? "starttls",
    user: account?.user ?? "",
    password: "",
    fromAddress: account?.fromAddress ?? "",
  };
}

const isSecurity = (value: string): value is SmtpSecurity =>
  (smtpSecurities as readonly string[]).includes(value);

/** Settings → Sending e-mail: the SMTP account Rapport sends through. */
export function SmtpSettings({ profileEmail }: { profileEmail: string | null }) {
  const account = useSmtpAccount();
  if (account.isPending) return <Loading label="Loading your e-mail account…" />;
  if (account.isError) return <LoadFailed error={account.error} retry={() => account.refetch()} />;
  return <SmtpForm account={account.data} profileEmail={profileEmail} />;
}

function SmtpForm({
  account,
  profileEmail,
}: {
  account: SmtpAccount | null;
  profileEmail: string | null;
}) {
  const [saved, setSaved] = useState(() => valuesOf(account));
  const form = useFormState(fields, "smtp", saved);
  const save = useSaveSmtpAccount();
  const remove = useRemoveSmtpAccount();
  const test = useSendTestMessage();
  const [status, setStatus] = useState("");
  const [confirming, setConfirming] = useState(false);
  const dirty = fields.some((field) => form.values[field] !== saved[field]);

  const bind = (field: SmtpField) => ({
    id: `smtp-${field}`,
    value: form.values[field],
    error: form.errors[field],
    onChange: (event: { target: { value: string } }) => {
      setStatus("");
      form.setValue(field, event.target.value);
    },
  });

  function changeSecurity(value: string) {
    if (!isSecurity(value)) return;
    const previous = form.values.security;
    form.setValue("security", value);
    // Follow the usual port unless the user typed an unusual one.
    if (isSecurity(previous) && form.values.port === usualPorts[previous]) {
      form.setValue("port", usualPorts[value]);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    form.clearErrors();
    setStatus("");
    const security = form.values.security;
    if (!isSecurity(security)) return;
    try {
      const result = await save.mutateAsync({ ...form.values, security });
      const next = valuesOf(result);
      setSaved(next);
      // Show what was stored (addresses in lower case, the password field empty again).
      for (const field of fields) form.setValue(field, next[field]);
      setStatus("Saved");
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  async function sendTest() {
    form.clearErrors();
    setStatus("");
    try {
      const { sentTo } = await test.mutateAsync();
      setStatus(`Test message sent to ${sentTo}. Look for it in your inbox.`);
    } catch (error) {
      form.showSubmitError(error);
    }
  }

  async function confirmRemove() {
    try {
      await remove.mutateAsync();
      const cleared = valuesOf(null);
      setSaved(cleared);
      for (const field of fields) form.setValue(field, cleared[field]);
      setStatus("The SMTP account was removed.");
    } catch (error) {
      form.showSubmitError(error);
    }
    setConfirming(false);
  }

  const passwordHint = account?.passwordSet
    ? "A password is saved. Leave this blank to keep it."
    : "Some providers (Gmail, Outlook, iCloud) need an app password here.";
  const busy = save.isPending || test.isPending || remove.isPending;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="SMTP account">
      <FormErrorAlert form={form} className="mb-4" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput
          {...bind("host")}
          label="Mail server (SMTP)"
          hint="From your e-mail provider, e.g. smtp.gmail.com"
          autoComplete="off"
          spellCheck={false}
        />
        <div className="grid grid-cols-[minmax(0,1fr)_6.5rem] gap-3">
          <Select
            {...bind("security")}
            onChange={(event) => changeSecurity(event.target.value)}
            label="Security"
            hint="Your provider's help page says which."
          >
            {smtpSecurities.map((security) => (
              <option key={security} value={security}>
                {securityLabels[security]}
              </option>
            ))}
          </Select>
          <TextInput {...bind("port")} label="Port" hint="Often 587." inputMode="numeric" />
        </div>
        <TextInput
          {...bind("user")}
          label="User name"
          hint="Usually your full e-mail address."
          autoComplete="off"
          spellCheck={false}
        />
        <TextInput
          {...bind("password")}
          type="password"
          label="Password"
          hint={passwordHint}
          autoComplete="new-password"
        />
        <TextInput
          {...bind("fromAddress")}
          type="email"
          label="Sender address"
          hint={
            profileEmail
              ? `Leave blank to send as ${profileEmail} (your e-mail in About you).`
              : "The address your messages come from."
          }
          placeholder={profileEmail ?? "name@example.com"}
          autoComplete="email"
          className="sm:col-span-2 sm:max-w-[calc(50%-0.5rem)]"
        />
      </div>
      <p className="mt-4 text-sm text-slate-600">
        Your password stays in Rapport's data folder on this computer, readable only by you. It is
        never shown again, never logged and never included in backups.
      </p>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={busy}>
          {save.isPending ? "Saving…" : "Save"}
        </Button>
        {account ? (
          <Button
            onClick={() => void sendTest()}
            disabled={busy || dirty}
            aria-describedby={dirty ? "smtp-test-hint" : undefined}
          >
            {test.isPending ? "Sending…" : "Send me a test message"}
          </Button>
        ) : null}
        {account ? (
          <Button variant="danger" onClick={() => setConfirming(true)} disabled={busy}>
            Remove SMTP account
          </Button>
        ) : null}
        <p role="status" className="text-sm font-medium text-teal-800">
          {status}
        </p>
        {account && dirty ? (
          <p id="smtp-test-hint" className="text-sm text-slate-500">
            Save your changes to test them.
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Remove the SMTP account?"
        description="Rapport forgets the server and password. You can still open drafts in your mail app or download them."
        confirmLabel="Remove account"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={() => void confirmRemove()}
      />
    </form>
  );
}
