import { Link, useParams } from "react-router";
import type { ConversationWithPerson } from "../../../domain/conversation.js";
import { ButtonLink } from "../../components/button.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { lengthText, modeText, whenText } from "../../lib/conversations-format.js";
import { useConductNotes, useFollowUpConversation, useTakeaways } from "./queries.js";
import { ReflectionSection } from "./reflection-section.js";
import { ReflectionTrend } from "./reflection-trend.js";
import { TakeawaysSection } from "./takeaways-section.js";

/** /conversations/:id/follow-up: the notes become takeaways, a thank-you and a reflection (METHOD §6). */
export function FollowUpPage() {
  const { id = "" } = useParams();
  const conversation = useFollowUpConversation(id);
  // The takeaways' answer carries the explorer's time zone, for "when".
  const takeaways = useTakeaways(id);
  if (conversation.isPending) return <Loading label="Loading the follow-up…" />;
  if (conversation.isError) {
    return (
      <LoadFailed
        error={conversation.error}
        retry={() => conversation.refetch()}
        notFound={{
          title: "Conversation not found",
          message: "This conversation was not found. It may have been cancelled or deleted.",
          back: { to: "/conversations", label: "Back to conversations" },
        }}
      />
    );
  }
  return <FollowUp conversation={conversation.data} timeZone={takeaways.data?.timeZone ?? "UTC"} />;
}

function FollowUp({
  conversation,
  timeZone,
}: {
  conversation: ConversationWithPerson;
  timeZone: string;
}) {
  const activityId = conversation.activityId;
  const how = [lengthText(conversation.durationMinutes), modeText(conversation.mode)]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className="min-w-0">
      <PageHeader
        title={`Follow up: ${conversation.personName}`}
        eyebrow={<Link to="/conversations">← Conversations</Link>}
        description={
          <div className="space-y-0.5">
            <p>
              <time dateTime={conversation.startsAt} className="font-semibold text-violet-800">
                {whenText(conversation.startsAt, timeZone)}
              </time>{" "}
              <span className="text-slate-600">· {how}</span>
            </p>
            <p className="break-words">
              With{" "}
              <Link
                to={`/people/${encodeURIComponent(conversation.personId)}`}
                className="font-medium text-teal-700 hover:underline"
              >
                {conversation.personName}
              </Link>
              {conversation.organizationName ? ` at ${conversation.organizationName}` : null}
            </p>
          </div>
        }
        actions={
          <ButtonLink
            variant="primary"
            to={`/people/${encodeURIComponent(conversation.personId)}/compose?purpose=thank_you`}
          >
            Write the thank-you
          </ButtonLink>
        }
      />
      {conversation.status !== "held" ? (
        <p className="mb-5 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {conversation.status === "upcoming"
            ? "This conversation has not happened yet. You can note takeaways once it has."
            : "Did it happen? Mark it as held on Conversations; the thank-you clock starts then."}
        </p>
      ) : null}
      <div className="grid min-w-0 gap-5">
        <ConductNotesSlot activityId={activityId} />
        <Card id="takeaways" title="Takeaways">
          <TakeawaysSection activityId={activityId} />
        </Card>
        <Card id="reflection" title="Reflection: how did I come across?">
          <ReflectionSection activityId={activityId} />
        </Card>
        <Card id="trend" title="Your five Cs over time">
          <ReflectionTrend timeZone={timeZone} />
        </Card>
      </div>
    </div>
  );
}

/**
 * What was noted during the conversation (conduct mode): the notes pad and each question's
 * one-line note, above the takeaways they become. Nothing noted: the section is left out.
 */
function ConductNotesSlot({ activityId }: { activityId: string }) {
  const conduct = useConductNotes(activityId);
  if (!conduct.data) return null;
  const questionNotes = conduct.data.questions.filter((question) => question.note);
  const notes = conduct.data.notes;
  if (questionNotes.length === 0 && notes.length === 0) return null;
  return (
    <Card id="conduct-notes" title="Your notes from the conversation">
      <p className="mb-3 text-sm text-slate-600">
        Turn each into a takeaway below while it is fresh: what you learned, their advice, people
        and resources they named.
      </p>
      {questionNotes.length > 0 ? (
        <ul className="mb-3 space-y-2">
          {questionNotes.map((question) => (
            <li key={question.id} className="text-sm">
              <span className="block text-slate-500">{question.text}</span>
              <span className="block break-words text-slate-900">{question.note}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-900">
          {notes.map((note) => (
            <li key={note.id} className="break-words whitespace-pre-wrap">
              {note.body}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id={`${id}-title`} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
