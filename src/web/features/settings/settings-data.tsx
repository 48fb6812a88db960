import { ButtonLink, buttonClasses } from "../../components/button.js";
import { DownloadIcon } from "../../components/icons.js";
import { RestoreBackupSection } from "./settings-data-restore.js";

const downloads = [
  {
    href: "/api/export/people.csv",
    label: "People as CSV",
    what: "A spreadsheet of everyone you saved, to open in Excel, Numbers or Google Sheets.",
  },
  {
    href: "/api/export/people.vcf",
    label: "People as vCard",
    what: "Contact cards for your phone's or email's address book.",
  },
  {
    href: "/api/export/backup.json",
    label: "Complete backup",
    what: "Everything in Rapport in one file: people, organizations, your log and your interests.",
  },
] as const;

/** Settings' "Your data": downloads, the way back in (import), and restoring a backup. */
export function YourDataSection() {
  return (
    <div className="flex flex-col gap-5">
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {downloads.map((download) => (
          <li
            key={download.href}
            className="flex flex-col gap-2 px-4 py-3.5 sm:flex-row sm:items-center sm:justify-between sm:gap-6 sm:px-5"
          >
            <div className="min-w-0">
              <p className="font-medium text-slate-900">{download.label}</p>
              <p className="text-sm text-slate-600">{download.what}</p>
            </div>
            <a
              href={download.href}
              download
              className={buttonClasses("secondary", "self-start sm:self-auto")}
              aria-label={`Download ${download.label}`}
            >
              <DownloadIcon />
              Download
            </a>
          </li>
        ))}
      </ul>
      <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3.5 sm:flex-row sm:items-center sm:justify-between sm:gap-6 sm:px-5">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">Import contacts</p>
          <p className="text-sm text-slate-600">
            Bring people in from LinkedIn, Google Contacts or a vCard file. You see what will happen
            before anything is saved.
          </p>
        </div>
        <ButtonLink to="/import" className="self-start sm:self-auto">
          Import contacts
        </ButtonLink>
      </div>
      <RestoreBackupSection />
      <p className="text-sm text-slate-600">
        In a terminal, run{" "}
        <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[13px] text-slate-800">
          rapport restore FILE
        </code>{" "}
        to do the same, with the backup file's name in place of FILE.
      </p>
    </div>
  );
}
