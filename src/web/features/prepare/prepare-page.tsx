import { Link, useParams } from "react-router";
import type { PreparationConversation } from "../../../domain/prepare/preparation-view.js";
import { AvailableOffline } from "../../components/available-offline.js";
import { ButtonLink } from "../../components/button.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { conductPath, lengthText, modeText, whenText } from "../../lib/conversations-format.js";
import { AboutThemField } from "./about-them-field.js";
import { AnswersStoriesSection } from "./answers-stories-section.js";
import { ChecklistSection } from "./checklist-section.js";
import { ObjectiveSection } from "./objective-section.js";
import { PitchSection } from "./pitch-section.js";
import { type PreparationAnswer, usePreparation } from "./queries.js";
import { QuestionsSection } from "./questions-section.js";
import { ResearchNotesSection } from "./research-notes-section.js";

/** /conversations/:id/prepare: from "booked" to ready (METHOD §4). */
export function PreparePage() {
  const { id = "" } = useParams();
  const view = usePreparation(id);
  if (view.isPending) return <Loading label="Loading the preparation…" />;
  if (view.isError) {
    return (
      <LoadFailed
        error={view.error}
        retry={() => view.refetch()}
        notFound={{
          title: "Conversation not found",
          message: "This conversation was not found. It may have been cancelled or deleted.",
          back: { to: "/conversations", label: "Back to conversations" },
        }}
      />
    );
  }
  return <Preparation view={view.data} />;
}

function Preparation({ view }: { view: PreparationAnswer }) {
  const { conversation } = view;
  const activityId = conversation.activityId;
  return (
    <div className="min-w-0">
      <PageHeader
        title={`Prepare: ${conversation.personName}`}
        eyebrow={<Link to="/conversations">← Conversations</Link>}
        description={<ConversationSummary conversation={conversation} timeZone={view.timeZone} />}
        actions={
          <>
            <ButtonLink to={`/conversations/${encodeURIComponent(activityId)}/brief`}>
              One-page brief
            </ButtonLink>
            <ButtonLink variant="primary" to={conductPath(activityId)}>
              Start the conversation
            </ButtonLink>
          </>
        }
      />
      <div className="grid min-w-0 gap-5">
        {view.lastReflection ? (
          // Follow up (issue 11): what the explorer said after their previous conversation.
          <aside
            aria-label="From your last reflection"
            className="rounded-xl bg-violet-50 px-4 py-3 text-sm text-violet-950 ring-1 ring-violet-200"
            data-testid="last-reflection"
          >
            <p className="break-words">
              <span className="font-semibold">Last time you said you would change:</span>{" "}
              {view.lastReflection.changeNext}
            </p>
            <p className="mt-0.5 text-violet-800">
              After your conversation with {view.lastReflection.personName},{" "}
              {whenText(view.lastReflection.startsAt, view.timeZone)}
            </p>
          </aside>
        ) : null}
        <ObjectiveSection activityId={activityId} saved={view.preparation.objective} />
        <ResearchNotesSection
          personId={conversation.personId}
          title={`Research on ${conversation.personName}`}
        />
        {conversation.organizationId ? (
          <ResearchNotesSection
            organizationId={conversation.organizationId}
            title={`Research on ${conversation.organizationName ?? "their organization"}`}
          />
        ) : null}
        <QuestionsSection
          activityId={activityId}
          plan={view.plan}
          durationMinutes={conversation.durationMinutes}
          settings={view.settings}
        />
        <PitchSection
          organizationId={conversation.organizationId}
          organizationName={conversation.organizationName ?? undefined}
          settings={view.settings}
        />
        <AnswersStoriesSection
          activityId={activityId}
          settings={view.settings}
          aboutThem={
            <AboutThemField
              activityId={activityId}
              saved={view.preparation.aboutThem}
              organizationName={conversation.organizationName}
            />
          }
        />
        <ChecklistSection
          activityId={activityId}
          checklist={view.checklist}
          progress={view.progress}
        />
      </div>
    </div>
  );
}

/** Who, when, where and how long, with the way back to the person. */
function ConversationSummary({
  conversation,
  timeZone,
}: {
  conversation: PreparationConversation;
  timeZone: string;
}) {
  const how = [lengthText(conversation.durationMinutes), modeText(conversation.mode)]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="space-y-0.5">
      <p>
        <time dateTime={conversation.startsAt} className="font-semibold text-violet-800">
          {whenText(conversation.startsAt, timeZone)}
        </time>{" "}
        <span className="text-slate-600">· {how}</span>{" "}
        <AvailableOffline activityId={conversation.activityId} />
      </p>
      <p className="break-words">
        With{" "}
        <Link
          to={`/people/${conversation.personId}`}
          className="font-medium text-teal-700 hover:underline"
        >
          {conversation.personName}
        </Link>
        {conversation.organizationName ? (
          <>
            {" "}
            at{" "}
            {conversation.organizationId ? (
              <Link
                to={`/organizations/${conversation.organizationId}`}
                className="font-medium text-teal-700 hover:underline"
              >
                {conversation.organizationName}
              </Link>
            ) : (
              conversation.organizationName
            )}
          </>
        ) : null}
        {conversation.phone ? (
          <span className="text-slate-600"> · {conversation.phone}</span>
        ) : null}
      </p>
      {conversation.place ? (
        <p className="break-all text-slate-600">
          {conversation.placeLink ? (
            <a
              href={conversation.placeLink}
              target="_blank"
              rel="noopener noreferrer"
              className="text-teal-700 hover:underline"
            >
              {conversation.place}
            </a>
          ) : (
            conversation.place
          )}
        </p>
      ) : null}
    </div>
  );
}
