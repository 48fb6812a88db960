import { type ReactNode, Suspense, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { Organization } from "../../../domain/organization.js";
import type { Person } from "../../../domain/person.js";
import { pluralForm } from "../../../domain/wording/plural.js";
import { Button, ButtonLink } from "../../components/button.js";
import { ConfirmDialog } from "../../components/confirm-dialog.js";
import { ExternalIcon, PlusIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { StageBadge } from "../../components/stage-badge.js";
import { useToast } from "../../components/toast.js";
import { countPeople, displayUrl, formatDate } from "../../lib/format.js";
import { useUndoDeleteToast } from "../../lib/undo.js";
import { ResearchNotesSection } from "../prepare/index.js";
import { organizationsApi } from "./api.js";
import { useDeleteOrganization, useOrganization } from "./queries.js";

const linkClass = "font-medium text-teal-700 underline-offset-2 hover:underline";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-3 sm:grid sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-4">
      <dt className="text-sm font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900 sm:mt-0">{children}</dd>
    </div>
  );
}

function Details({ organization }: { organization: Organization }) {
  const missing = <span className="text-slate-500">Not added</span>;
  return (
    <section className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6">
      <h2 className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900">
        About
      </h2>
      <dl className="divide-y divide-slate-100">
        <Detail label="Website">
          {organization.website ? (
            <a
              href={organization.website}
              target="_blank"
              rel="noopener noreferrer"
              className={linkClass}
            >
              {displayUrl(organization.website)}
              <ExternalIcon />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          ) : (
            missing
          )}
        </Detail>
        <Detail label="Industry">{organization.industry ?? missing}</Detail>
        <Detail label="Locations">
          {organization.locations.length > 0 ? (
            <ul>
              {organization.locations.map((location) => (
                <li key={location}>{location}</li>
              ))}
            </ul>
          ) : (
            missing
          )}
        </Detail>
        <Detail label="Mission">
          {organization.mission ? (
            <span className="whitespace-pre-line">{organization.mission}</span>
          ) : (
            missing
          )}
        </Detail>
        <Detail label="Notes">
          {organization.notes ? (
            <span className="whitespace-pre-line">{organization.notes}</span>
          ) : (
            missing
          )}
        </Detail>
      </dl>
    </section>
  );
}

function PeopleHere({ organization, people }: { organization: Organization; people: Person[] }) {
  const addHref = `/people/new?organization=${encodeURIComponent(organization.name)}`;
  return (
    <section
      aria-labelledby="organization-people"
      className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 pb-3">
        <h2 id="organization-people" className="text-base font-semibold text-slate-900">
          People here <span className="font-normal text-slate-500">({people.length})</span>
        </h2>
        <ButtonLink to={addHref} variant="secondary" className="px-3 py-1.5">
          <PlusIcon />
          Add a person here
        </ButtonLink>
      </div>
      {people.length === 0 ? (
        <p className="py-4 text-slate-500">
          No one saved here yet. Who do you know, or would like to know, at {organization.name}?
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {people.map((person) => (
            <li key={person.id} className="flex items-start justify-between gap-3 py-3">
              <div className="min-w-0">
                <Link
                  to={`/people/${person.id}`}
                  className="font-semibold text-slate-900 hover:text-teal-800 hover:underline"
                >
                  {person.name}
                </Link>
                {person.title || person.location ? (
                  <p className="text-sm text-slate-600">
                    {[person.title, person.location].filter(Boolean).join(" · ")}
                  </p>
                ) : null}
              </div>
              <StageBadge stage={person.stage} withLabel />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function OrganizationPage() {
  const { id = "" } = useParams();
  const query = useOrganization(id);
  const deleteOrganization = useDeleteOrganization();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const offerUndo = useUndoDeleteToast(organizationsApi.restoreOrganization);
  const [confirming, setConfirming] = useState(false);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <LoadFailed
        error={query.error}
        retry={() => query.refetch()}
        notFound={{
          title: "Organization not found",
          message: "This organization may have been deleted, or the link may be wrong.",
          back: { to: "/organizations", label: "Back to Organizations" },
        }}
      />
    );
  }
  const { organization, people } = query.data;

  async function remove() {
    try {
      const deleted = await deleteOrganization.mutateAsync(organization.id);
      setConfirming(false);
      navigate("/organizations");
      offerUndo(deleted);
    } catch (error) {
      setConfirming(false);
      showToast({
        message: `Could not delete ${organization.name}: ${errorMessage(error)}`,
        tone: "error",
      });
    }
  }

  const stay = pluralForm(people.length, { one: "stays", other: "stay" });
  const consequence =
    people.length > 0
      ? `Its ${countPeople(people.length)} ${stay} in People. You can undo this right after.`
      : "No people are linked to it. You can undo this right after.";

  return (
    <>
      <PageHeader
        title={organization.name}
        eyebrow={<Link to="/organizations">← Organizations</Link>}
        description={organization.industry ?? undefined}
        actions={
          <>
            <ButtonLink to={`/organizations/${organization.id}/edit`} variant="primary">
              Edit
            </ButtonLink>
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Delete
            </Button>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Details organization={organization} />
        <PeopleHere organization={organization} people={people} />
      </div>
      <div className="mt-6">
        <Suspense fallback={<Loading label="Loading research notes…" />}>
          <ResearchNotesSection organizationId={organization.id} />
        </Suspense>
      </div>
      <p className="mt-6 text-sm text-slate-500">
        Added {formatDate(organization.createdAt)} · Last updated{" "}
        {formatDate(organization.updatedAt)}
      </p>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Delete ${organization.name}?`}
        description={consequence}
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        pending={deleteOrganization.isPending}
        onConfirm={remove}
      />
    </>
  );
}
