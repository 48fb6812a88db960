import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { Person } from "../../domain/person.js";
import { Button, ButtonLink } from "../components/button.js";
import { ExternalIcon } from "../components/icons.js";
import { PageHeader } from "../components/page-header.js";
import { errorMessage, LoadFailed, Loading } from "../components/query-state.js";
import { useToast } from "../components/toast.js";
import { displayUrl, formatDate, sourceLabel } from "../format.js";
import { useDeletePerson, usePerson } from "../queries.js";
import { useUndoDeleteToast } from "../undo.js";

const linkClass = "font-medium text-teal-700 underline-offset-2 hover:underline";
const missing = <span className="text-slate-400">Not added</span>;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-[8.5rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900 sm:mt-0">{children}</dd>
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6">
      <h2 className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Phone({ person }: { person: Person }) {
  if (!person.phone) return missing;
  const dial = person.phone.replace(/[^\d+]/g, "");
  // The tel: link dials the extension after a pause, where phones support it.
  const href = person.phoneExtension ? `tel:${dial},${person.phoneExtension}` : `tel:${dial}`;
  return (
    <a href={href} className={linkClass}>
      {person.phone}
      {person.phoneExtension ? ` ext. ${person.phoneExtension}` : ""}
    </a>
  );
}

function Subtitle({ person }: { person: Person }) {
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

export function PersonPage() {
  const { id = "" } = useParams();
  const person = usePerson(id);
  const deletePerson = useDeletePerson();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const offerUndo = useUndoDeleteToast();

  if (person.isPending) return <Loading />;
  if (person.isError) {
    return (
      <LoadFailed
        error={person.error}
        retry={() => person.refetch()}
        notFound={{
          title: "Person not found",
          message: "This person may have been deleted, or the link may be wrong.",
          back: { to: "/people", label: "Back to People" },
        }}
      />
    );
  }

  const data = person.data;

  async function remove() {
    try {
      const deleted = await deletePerson.mutateAsync(data.id);
      navigate("/people");
      offerUndo("person", deleted);
    } catch (error) {
      showToast({
        message: `Could not delete ${data.name}: ${errorMessage(error)}`,
        tone: "error",
      });
    }
  }

  return (
    <>
      <PageHeader
        title={data.name}
        eyebrow={<Link to="/people">← People</Link>}
        description={<Subtitle person={data} />}
        actions={
          <>
            <ButtonLink to={`/people/${data.id}/edit`} variant="primary">
              Edit
            </ButtonLink>
            <Button variant="danger" onClick={remove} disabled={deletePerson.isPending}>
              {deletePerson.isPending ? "Deleting…" : "Delete"}
            </Button>
          </>
        }
      />

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title="Contact">
          <dl className="divide-y divide-slate-100">
            <Detail label="Email">
              {data.email ? (
                <a href={`mailto:${data.email}`} className={linkClass}>
                  {data.email}
                </a>
              ) : (
                missing
              )}
            </Detail>
            <Detail label="Phone">
              <Phone person={data} />
            </Detail>
            <Detail label="Profile">
              {data.profileUrl ? (
                <a
                  href={data.profileUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  className={linkClass}
                >
                  {displayUrl(data.profileUrl)}
                  <ExternalIcon />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              ) : (
                missing
              )}
            </Detail>
            <Detail label="Location">{data.location ?? missing}</Detail>
            <Detail label="Work address">
              {data.workAddress ? (
                <span className="whitespace-pre-line">{data.workAddress}</span>
              ) : (
                missing
              )}
            </Detail>
          </dl>
        </Card>

        <Card title="How you are connected">
          <dl className="divide-y divide-slate-100">
            <Detail label="How found">{sourceLabel(data.source) ?? missing}</Detail>
            <Detail label="Common ground">
              {data.commonGround ? (
                <span className="whitespace-pre-line">{data.commonGround}</span>
              ) : (
                missing
              )}
            </Detail>
          </dl>
        </Card>

        <section className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6 lg:col-span-2">
          <h2 className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900">
            Notes
          </h2>
          {data.notes ? (
            <p className="max-w-prose pt-3 whitespace-pre-line text-slate-800">{data.notes}</p>
          ) : (
            <p className="pt-3 text-slate-500">
              No notes yet.{" "}
              <Link to={`/people/${data.id}/edit`} className={linkClass}>
                Add what you know
              </Link>
            </p>
          )}
        </section>
      </div>

      <p className="mt-6 text-sm text-slate-500">
        Added {formatDate(data.createdAt)} · Last updated {formatDate(data.updatedAt)}
      </p>
    </>
  );
}
