import type { ReactNode } from "react";
import { Link } from "react-router";
import { mentionPermissionLabels } from "../../../domain/network.js";
import type { Person } from "../../../domain/person.js";
import { targetKindLabels } from "../../../domain/profile.js";
import { LoadFailed } from "../../components/query-state.js";
import { useTargets } from "../settings/index.js";

export const linkClass = "font-medium text-teal-700 underline-offset-2 hover:underline";
export const missing = <span className="text-slate-500">Not added</span>;

/** A label and its value; side by side on a tablet, stacked in the narrow side column. */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-[8.5rem_minmax(0,1fr)] sm:gap-4 lg:block">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900 sm:mt-0 lg:mt-0.5">{children}</dd>
    </div>
  );
}

export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6">
      <h2 className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Phone({ person, className = "" }: { person: Person; className?: string }) {
  if (!person.phone) return missing;
  const dial = person.phone.replace(/[^\d+]/g, "");
  // The tel: link dials the extension after a pause, where phones support it.
  const href = person.phoneExtension ? `tel:${dial},${person.phoneExtension}` : `tel:${dial}`;
  return (
    <a href={href} className={`${linkClass} ${className}`.trim()}>
      {person.phone}
      {person.phoneExtension ? ` ext. ${person.phoneExtension}` : ""}
    </a>
  );
}

export function Subtitle({ person }: { person: Person }) {
  const organization =
    person.organizationId && person.organizationName ? (
      <Link to={`/organizations/${person.organizationId}`} className={linkClass}>
        {person.organizationName}
      </Link>
    ) : null;
  if (person.title && organization) {
    return (
      <>
        {person.title} at {organization}
      </>
    );
  }
  return person.title ?? organization;
}

/** "Introduced by Maya Chen", and whether Maya may be named when writing to them. */
export function IntroducedBy({ person }: { person: Person }) {
  if (!person.referredById) return null;
  return (
    <>
      <Detail label="Introduced by">
        <Link to={`/people/${person.referredById}`} className={linkClass}>
          {person.referredByName ?? "Someone you know"}
        </Link>
      </Detail>
      <Detail label="May I mention them?">
        {mentionPermissionLabels[person.mentionPermission]}
      </Detail>
    </>
  );
}

/** The explorer's interests and locations this person is tagged with, as quiet chips. */
export function PersonTargets({ person }: { person: Person }) {
  const targets = useTargets();
  const tagged = (targets.data ?? []).filter((target) => person.targetIds.includes(target.id));
  if (tagged.length === 0) return null;
  return (
    <Detail label="Interests">
      <ul className="flex flex-wrap gap-1.5">
        {tagged.map((target) => (
          <li
            key={target.id}
            title={targetKindLabels[target.kind]}
            className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-700"
          >
            {target.label}
            <span className="sr-only"> ({targetKindLabels[target.kind]})</span>
          </li>
        ))}
      </ul>
    </Detail>
  );
}

/** A person's page that could not load: "Person not found" for a bad link, else the error with Retry. */
export function PersonLoadFailed({
  error,
  retry,
  back = { to: "/people", label: "Back to People" },
}: {
  error: unknown;
  retry: () => void;
  back?: { to: string; label: string };
}) {
  return (
    <LoadFailed
      error={error}
      retry={retry}
      notFound={{
        title: "Person not found",
        message: "This person may have been deleted, or the link may be wrong.",
        back,
      }}
    />
  );
}
