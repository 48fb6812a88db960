const sources = [
  {
    title: "LinkedIn connections",
    file: "Connections.csv, or the zip LinkedIn sends",
    how: "On LinkedIn: Me → Settings & Privacy → Data privacy → Get a copy of your data → Connections. LinkedIn emails you a link to a zip.",
  },
  {
    title: "Google Contacts",
    file: "a .csv file",
    how: "At contacts.google.com: Export → Google CSV.",
  },
  {
    title: "Phone or address book",
    file: "a vCard (.vcf) file",
    how: "iPhone or Mac: select contacts in Contacts → File → Export vCard (Mac) or Share (iPhone). Android: Contacts → Fix & manage → Export to file.",
  },
] as const;

/** Which files Rapport reads and how to get each. */
export function ImportHelp() {
  return (
    <section aria-labelledby="import-help-heading">
      <h2 id="import-help-heading" className="font-semibold text-slate-900">
        Files that work
      </h2>
      <ul className="mt-3 grid gap-3 md:grid-cols-3">
        {sources.map((source) => (
          <li key={source.title} className="rounded-xl border border-slate-200 bg-white px-4 py-3">
            <p className="font-medium text-slate-900">{source.title}</p>
            <p className="text-sm text-slate-500">{source.file}</p>
            <p className="mt-1.5 text-sm text-slate-600">{source.how}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
