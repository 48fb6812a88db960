import { ResumeSettings } from "./settings-mail-resume.js";
import { SmtpSettings } from "./settings-mail-smtp.js";

/** Settings → "E-mail and résumé": what the composer attaches and how it sends. */
export function MailSettingsSection({ profileEmail }: { profileEmail: string | null }) {
  return (
    <div className="flex flex-col gap-6">
      <section
        aria-labelledby="resume-heading"
        className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h3 id="resume-heading" className="font-semibold text-slate-900">
          Résumé
        </h3>
        <p className="mt-0.5 mb-4 text-sm text-slate-600">
          Kept on this computer only, outside backups. Attach it to an e-mail when it helps the
          person know you; a request for advice does not need one.
        </p>
        <ResumeSettings />
      </section>
      <section
        aria-labelledby="smtp-heading"
        className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h3 id="smtp-heading" className="font-semibold text-slate-900">
          Sending e-mail (SMTP)
        </h3>
        <p className="mt-0.5 mb-4 text-sm text-slate-600">
          Optional. With your e-mail provider's SMTP settings, Rapport sends from the composer and
          logs the e-mail for you. Without them, open drafts in your mail app instead.
        </p>
        <SmtpSettings profileEmail={profileEmail} />
      </section>
    </div>
  );
}
