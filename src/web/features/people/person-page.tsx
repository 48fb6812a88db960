import { Suspense } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { routineLabels } from "../../../domain/cadence-settings.js";
import { Button, ButtonLink } from "../../components/button.js";
import { ExternalIcon } from "../../components/icons.js";
import { PageHeader } from "../../components/page-header.js";
import { errorMessage, Loading } from "../../components/query-state.js";
import { StageBadge } from "../../components/stage-badge.js";
import { useToast } from "../../components/toast.js";
import { preparePath } from "../../lib/conversations-format.js";
import { displayUrl, formatDate, sourceLabel } from "../../lib/format.js";
import { lastTouchText } from "../../lib/log-format.js";
import { useUndoDeleteToast } from "../../lib/undo.js";
import { ScheduleConversationButton, useConversations } from "../conversations/index.js";
import { NetworkAsks, PeopleTheyIntroduced, PersonLog } from "../log/index.js";
import { ResearchNotesSection } from "../prepare/index.js";
import { ThankYouCountdownText, usePersonDue } from "../today/index.js";
import { peopleApi } from "./api.js";
import {
  Card,
  Detail,
  IntroducedBy,
  linkClass,
  missing,
  PersonLoadFailed,
  PersonTargets,
  Phone,
  Subtitle,
} from "./person-page-parts.js";
import { useDeletePerson, usePeopleNames, usePerson } from "./queries.js";

/** The thank-you Today asks for, with its countdown, while it is waiting. */
function ThankYouDue({ personId, name }: { personId: string; name: string }) {
  const today = usePersonDue(personId);
  const action = today.data?.actions.find((each) => each.reason === "thank_you");
  if (!today.data || !action) return null;
  return (
    <section
      aria-labelledby="thank-you-due"
      className="flex flex-col gap-3 rounded-2xl border border-teal-200 bg-teal-50/60 px-5 py-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <div>
        <h2 id="thank-you-due" className="font-semibold text-slate-900">
          Thank {name} for the conversation
        </h2>
        <ThankYouCountdownText
          action={action}
          clock={{ now: new Date(today.data.now), timeZone: today.data.timeZone }}
        />
      </div>
      <ButtonLink to={`/people/${personId}/compose?purpose=thank_you`} variant="primary">
        Write the thank-you
      </ButtonLink>
    </section>
  );
}

export function PersonPage() {
  const { id = "" } = useParams();
  const person = usePerson(id);
  // Everyone saved, for the "try someone else" picker and links to suggested people.
  const people = usePeopleNames();
  const deletePerson = useDeletePerson();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const offerUndo = useUndoDeleteToast(peopleApi.restorePerson);

  if (person.isPending) return <Loading />;
  if (person.isError) {
    return <PersonLoadFailed error={person.error} retry={() => person.refetch()} />;
  }

  const data = person.data;
  // After a conversation and before the thank-you, writing to them means thanking them.
  const thanking = data.stage === "met";

  async function remove() {
    try {
      const deleted = await deletePerson.mutateAsync(data.id);
      navigate("/people");
      offerUndo(deleted);
    } catch (error) {
      showToast({
        message: `Could not delete ${data.name}: ${errorMessage(error)}`,
        tone: "error",
      });
    }
  }

  return (
    // data-person-page: what styles.css prints (the person on white, no controls).
    <div data-person-page>
      <PageHeader
        title={data.name}
        eyebrow={<Link to="/people">← People</Link>}
        description={
          <>
            <Subtitle person={data} />
            <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
              <StageBadge stage={data.stage} withLabel />
              <span>{lastTouchText(data.lastTouchAt)}</span>
            </p>
          </>
        }
        actions={
          <>
            <ButtonLink
              to={`/people/${data.id}/compose${thanking ? "?purpose=thank_you" : ""}`}
              variant="primary"
            >
              {thanking ? `Write a thank-you to ${data.name}` : `Write to ${data.name}`}
            </ButtonLink>
            <ButtonLink to={`/people/${data.id}/call`} variant="secondary">
              Call<span className="sr-only"> {data.name}</span>
            </ButtonLink>
            <ScheduleConversationButton person={data} />
            <PrepareNextConversation personId={data.id} />
            <ButtonLink to={`/people/${data.id}/edit`} variant="secondary">
              Edit
            </ButtonLink>
            <Button variant="danger" onClick={remove} disabled={deletePerson.isPending}>
              {deletePerson.isPending ? "Deleting…" : "Delete"}
            </Button>
          </>
        }
      />

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,23rem)]">
        <div className="flex min-w-0 flex-col gap-6">
          <ThankYouDue personId={data.id} name={data.name} />
          <PersonLog person={data} people={people.data?.people ?? []} />
          <NetworkAsks person={data} people={people.data?.people ?? []} />
          <Suspense fallback={<Loading label="Loading research notes…" />}>
            <ResearchNotesSection personId={data.id} />
          </Suspense>
        </div>
        <div className="flex min-w-0 flex-col gap-6">
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
              <IntroducedBy person={data} />
              <Detail label="How found">{sourceLabel(data.source) ?? missing}</Detail>
              <Detail label="Common ground">
                {data.commonGround ? (
                  <span className="whitespace-pre-line">{data.commonGround}</span>
                ) : (
                  missing
                )}
              </Detail>
              <PersonTargets person={data} />
              {data.routine ? (
                <Detail label="Follow-up routine">{routineLabels[data.routine]}</Detail>
              ) : null}
            </dl>
          </Card>
          <PeopleTheyIntroduced person={data} />
          <section className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6">
            <h2 className="border-b border-slate-100 pb-3 text-base font-semibold text-slate-900">
              Notes
            </h2>
            {data.notes ? (
              <p className="max-w-prose pt-3 whitespace-pre-line text-slate-800">{data.notes}</p>
            ) : (
              <p className="pt-3 text-slate-500">
                No notes yet.{" "}
                <Link to={`/people/${data.id}/edit`} className={`${linkClass} print:hidden`}>
                  Add what you know
                </Link>
              </p>
            )}
          </section>
        </div>
      </div>

      <p className="mt-6 text-sm text-slate-500">
        Added {formatDate(data.createdAt)} · Last updated {formatDate(data.updatedAt)}
      </p>
    </div>
  );
}

/** "Prepare" for the person's next conversation still to come, when there is one. */
function PrepareNextConversation({ personId }: { personId: string }) {
  const conversations = useConversations();
  const next = conversations.data?.upcoming.find(
    (conversation) => conversation.personId === personId,
  );
  if (!next) return null;
  return (
    <ButtonLink to={preparePath(next.activityId)} variant="secondary">
      Prepare<span className="sr-only"> for the next conversation</span>
    </ButtonLink>
  );
}
