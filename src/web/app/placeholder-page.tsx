import { PageHeader } from "../components/page-header.js";

interface PlaceholderPageProps {
  title: string;
  /** One plain sentence about what this page will do once it is built. */
  promise: string;
}

/** A section that is planned but not built yet: says so honestly, with no pretend content. */
export function PlaceholderPage({ title, promise }: PlaceholderPageProps) {
  return (
    <>
      <PageHeader title={title} />
      <div className="rounded-2xl border border-slate-200 bg-white px-6 py-10 sm:px-10">
        <p className="max-w-2xl text-lg text-slate-700">{promise}</p>
      </div>
    </>
  );
}
