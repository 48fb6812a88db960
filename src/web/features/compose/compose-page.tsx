import { useRef, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import type { FindingPlace, Introducer } from "../../../domain/coach/finding.js";
import {
  applicableTemplate,
  defaultComposeKind,
  defaultComposeWindow,
  proposedLengthMinutes,
  requestedLengthMinutes,
  templatePurposeFor,
} from "../../../domain/compose-defaults.js";
import type { DraftPurpose, OutreachKind } from "../../../domain/draft-purpose.js";
import { draftFollowUp, sentEntry } from "../../../domain/follow-up-draft.js";
import { interestsFor } from "../../../domain/interest-phrase.js";
import { builtInTemplates, draftOutreach } from "../../../domain/outreach-draft.js";
import type { Person } from "../../../domain/person.js";
import type { Profile, Target } from "../../../domain/profile.js";
import { Button } from "../../components/button.js";
import { TextInput } from "../../components/field.js";
import { PageHeader } from "../../components/page-header.js";
import { errorMessage, LoadFailed, Loading } from "../../components/query-state.js";
import { useToast } from "../../components/toast.js";
import { useLogActivity } from "../log/index.js";
import { PersonLoadFailed, usePerson } from "../people/index.js";
import { useCoachLimits, useProfile } from "../settings/index.js";
import { usePersonDue } from "../today/index.js";
import { CoachPanel } from "./coach-panel.js";
import { CoachSummary } from "./compose-coach-summary.js";
import {
  type ComposeOptions,
  composeKindLabels,
  KindPicker,
  WindowFields,
} from "./compose-options.js";
import {
  composePurpose,
  type PurposeContext,
  PurposeNotice,
  purposeHeading,
  sentWhat,
  usePurposeContext,
} from "./compose-purpose.js";
import { SendBar } from "./compose-send.js";
import { TemplatePicker } from "./compose-template-picker.js";
import { type ComposeTrip, TripWindowNotice, useTripForCompose } from "./compose-trip.js";
import { useCoachFindings } from "./queries.js";

/** The composer: loads the person, the explorer's profile and the server's clock first. */
export function ComposePage() {
  const { id = "" } = useParams();
  const person = usePerson(id);
  const profile = useProfile();
  // The server's clock and the explorer's zone, which the drafts' dates are written in.
  const today = usePersonDue(id);
  const trip = useTripForCompose(id);
  // A thank-you or a confirmation (`?purpose=`) is drafted from the log and the time zone too.
  const [searchParams] = useSearchParams();
  const purpose = composePurpose(searchParams.get("purpose"), person.data?.stage);
  const purposeContext = usePurposeContext(id, purpose, searchParams.get("conversation"));
  if (
    person.isPending ||
    profile.isPending ||
    today.isPending ||
    trip.isPending ||
    purposeContext.isPending
  )
    return <Loading />;
  if (person.isError) {
    return <PersonLoadFailed error={person.error} retry={() => person.refetch()} />;
  }
  if (profile.isError) return <LoadFailed error={profile.error} retry={() => profile.refetch()} />;
  if (today.isError) return <LoadFailed error={today.error} retry={() => today.refetch()} />;
  if (purposeContext.error)
    return <LoadFailed error={purposeContext.error} retry={purposeContext.retry} />;
  return (
    <ComposeEditor
      key={purpose}
      purpose={purpose}
      purposeContext={purposeContext.data}
      person={person.data}
      profile={profile.data.profile}
      targets={profile.data.targets}
      now={today.data.now}
      timeZone={today.data.timeZone}
      trip={trip.data ?? null}
    />
  );
}

interface EditorProps {
  person: Person;
  profile: Profile;
  targets: Target[];
  now: string;
  /** The explorer's zone: the proposed window's dates are their calendar days. */
  timeZone: string;
  trip: ComposeTrip;
  purpose: DraftPurpose;
  /** The log and time zone; null for a first touch, which needs neither. */
  purposeContext: PurposeContext | null;
}

/** The draft Rapport proposes for these options (METHOD §3's six parts, in our words). */
function draftFor(props: EditorProps, options: ComposeOptions) {
  const { person, profile, targets, purpose, purposeContext } = props;
  if (purpose !== "outreach" && purposeContext) {
    const own = applicableTemplate(options.template, purpose, options.kind);
    return draftFollowUp(
      purpose,
      options.kind,
      profile,
      person,
      purposeContext,
      new Date(props.now),
      own,
    );
  }
  const interests = interestsFor(person.targetIds, targets);
  const ownWindow = options.windowText.trim();
  // The explorer's template applies only to the kind it was written for.
  const own = applicableTemplate(options.template, purpose, options.kind);
  const base = own?.body ?? builtInTemplates[options.kind];
  const template =
    options.windowMode === "text" && ownWindow
      ? base.replaceAll("{{window}}", ownWindow)
      : own?.body;
  return draftOutreach({
    kind: options.kind,
    profile,
    person,
    interests,
    lengthMinutes: proposedLengthMinutes(options.lengthMinutes),
    ...(options.windowMode === "dates"
      ? { window: { from: options.from, to: options.to, place: options.place } }
      : {}),
    ...(template ? { template } : {}),
    ...(own?.subject ? { subjectTemplate: own.subject } : {}),
  });
}

function ComposeEditor(props: EditorProps) {
  const { person, profile, now } = props;
  const [searchParams] = useSearchParams();
  // The domain's defaults (domain/compose-defaults.ts), in the explorer's calendar days.
  const [options, setOptions] = useState<ComposeOptions>(() => ({
    kind: defaultComposeKind(searchParams.get("kind"), person, props.purpose),
    windowMode: "dates",
    ...defaultComposeWindow(now, props.timeZone, props.trip),
    windowText: "",
    lengthMinutes: String(requestedLengthMinutes),
  }));
  const [initial] = useState(() => draftFor(props, options));
  const [subject, setSubject] = useState(initial.subject);
  const [body, setBody] = useState(initial.body);
  const [edited, setEdited] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const navigate = useNavigate();
  const { showToast } = useToast();
  const logActivity = useLogActivity(person.id);
  const [logError, setLogError] = useState<string | null>(null);

  const introducer: Introducer | null = person.referredByName
    ? { name: person.referredByName, permission: person.mentionPermission }
    : null;
  const coach = useCoachFindings(body, options.kind, introducer, props.purpose);
  const heading = purposeHeading(props.purpose, person.name);
  const coachLimits = useCoachLimits();

  function redraft(next: ComposeOptions) {
    const draft = draftFor(props, next);
    setSubject(draft.subject);
    setBody(draft.body);
    setEdited(false);
  }

  function changeOptions(patch: Partial<ComposeOptions>) {
    const next = { ...options, ...patch };
    setOptions(next);
    // The user's own words are never overwritten without asking (see "Draft again").
    if (!edited) redraft(next);
  }

  function select(place: FindingPlace) {
    const element = textarea.current;
    if (!element) return;
    element.focus();
    const end = Math.min(place.end, element.value.length);
    element.setSelectionRange(Math.min(place.start, end), end);
  }

  async function confirmSent() {
    setLogError(null);
    try {
      const detail = options.kind === "email" && subject ? `Subject: ${subject}\n\n${body}` : body;
      // No time: the server stamps the entry with its own now (a test clock included).
      await logActivity.mutateAsync(sentEntry(props.purpose, options.kind, detail));
      navigate(`/people/${person.id}`);
      showToast({
        message: `Logged: your ${sentWhat(props.purpose, composeKindLabels[options.kind])} to ${person.name}.`,
      });
    } catch (error) {
      setLogError(`Could not log it: ${errorMessage(error)}`);
    }
  }

  return (
    <>
      <PageHeader
        title={heading.title}
        eyebrow={<Link to={`/people/${person.id}`}>← {person.name}</Link>}
        description={heading.description}
      />
      <PurposeNotice
        purpose={props.purpose}
        profile={profile}
        person={person}
        context={props.purposeContext}
      />
      {!profile.name ? (
        <p className="mb-6 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset">
          Rapport does not know your name yet, so the draft has blanks to fill in.{" "}
          <Link to="/settings#about-you" className="font-semibold text-teal-800 underline">
            Add it in Settings
          </Link>{" "}
          and your next draft will say who you are.
        </p>
      ) : null}
      {/* On phones the coach sits right below the text, before the sending buttons; its
          summary stays in sight at the foot of the text (CoachSummary). */}
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <div className="flex min-w-0 flex-col gap-5 rounded-2xl border border-slate-200 bg-white px-5 py-5 shadow-sm sm:px-6">
          <KindPicker
            kind={options.kind}
            onChange={(kind: OutreachKind) => changeOptions({ kind })}
          />
          <TemplatePicker
            purpose={templatePurposeFor(props.purpose, options.kind)}
            selected={options.template ?? null}
            onChange={(template) => changeOptions({ template })}
          />
          {/* Trips and the proposed window are for a first request to meet. */}
          {props.purpose === "outreach" ? (
            <>
              <TripWindowNotice trip={props.trip} />
              <WindowFields options={options} onChange={changeOptions} />
            </>
          ) : null}
          {edited ? (
            <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
              <span>You have edited the draft, so these options no longer change it.</span>
              <Button variant="ghost" className="px-3" onClick={() => redraft(options)}>
                Draft again
              </Button>
            </div>
          ) : null}
          {options.kind === "email" ? (
            <TextInput
              id="compose-subject"
              label="Subject"
              value={subject}
              onChange={(event) => setSubject(event.target.value)}
            />
          ) : null}
          <div>
            <label htmlFor="compose-body" className="block text-sm font-medium text-slate-800">
              Your {composeKindLabels[options.kind].toLowerCase()}
            </label>
            <textarea
              id="compose-body"
              ref={textarea}
              value={body}
              rows={16}
              spellCheck
              aria-describedby="coach-heading"
              onChange={(event) => {
                setBody(event.target.value);
                setEdited(true);
              }}
              className="mt-1.5 block w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-[15px] leading-relaxed text-slate-900 shadow-sm selection:bg-amber-200 focus:border-teal-600 focus:outline-2 focus:outline-offset-0 focus:outline-teal-600"
            />
          </div>
          <CoachSummary text={body} findings={coach.findings} checking={coach.isChecking} />
        </div>
        <div className="min-w-0 self-start lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <CoachPanel
            text={body}
            kind={options.kind}
            findings={coach.findings}
            checking={coach.isChecking}
            error={coach.isError ? coach.error : null}
            onRetry={coach.retry}
            onSelect={select}
            {...(coachLimits.data ? { limits: coachLimits.data } : {})}
          />
        </div>
        <div className="min-w-0 lg:col-start-1">
          <SendBar
            kind={options.kind}
            email={person.email}
            subject={subject}
            body={body}
            logging={logActivity.isPending}
            logError={logError}
            onConfirmSent={confirmSent}
            person={person}
            smtpLogEntry={sentEntry(
              props.purpose,
              options.kind,
              subject ? `Subject: ${subject}\n\n${body}` : body,
            )}
            sentLabel={sentWhat(props.purpose, composeKindLabels[options.kind])}
            startsFollowUp={props.purpose === "outreach"}
          />
        </div>
      </div>
    </>
  );
}
