import { Link, useParams } from "react-router";
import type { Activity } from "../../../domain/activity.js";
import { callScript, latestWritten } from "../../../domain/call-script.js";
import { interestsFor } from "../../../domain/interest-phrase.js";
import type { Person } from "../../../domain/person.js";
import type { Profile, Target } from "../../../domain/profile.js";
import type { TodayAction } from "../../../domain/today.js";
import { ButtonLink } from "../../components/button.js";
import { PageHeader } from "../../components/page-header.js";
import { LoadFailed, Loading } from "../../components/query-state.js";
import { formatDateTime } from "../../lib/log-format.js";
import { entryTitle, LogEntryIcon, useActivities } from "../log/index.js";
import { Card, PersonLoadFailed, Phone, Subtitle, usePerson } from "../people/index.js";
import { useCadenceSettings, useProfile } from "../settings/index.js";
import { usePersonDue } from "../today/index.js";
import { CallOutcomes } from "./call-outcomes.js";
import { CallScriptCard } from "./call-script-card.js";

/** The call screen: whom to call and why, what to say, and the outcome buttons that log it. */
export function CallPage() {
  const { id = "" } = useParams();
  const person = usePerson(id);
  const profile = useProfile();
  const today = usePersonDue(id);
  const log = useActivities(id);
  const settings = useCadenceSettings();
  if (person.isError) {
    return (
      <PersonLoadFailed
        error={person.error}
        retry={() => person.refetch()}
        back={{ to: "/today", label: "Back to Today" }}
      />
    );
  }
  const failed = [profile, today, log, settings].find((query) => query.isError);
  if (failed) return <LoadFailed error={failed.error} retry={() => void failed.refetch()} />;
  if (!person.data || !profile.data || !today.data || !log.data || !settings.data) {
    return <Loading />;
  }
  return (
    <CallScreen
      person={person.data}
      profile={profile.data.profile}
      targets={profile.data.targets}
      dueCall={today.data.actions.find((action) => action.group === "call")}
      log={log.data}
      timeZone={settings.data.timeZone}
    />
  );
}

interface CallScreenProps {
  person: Person;
  profile: Profile;
  targets: Target[];
  /** The call Today has due for them, whose sentence says why to call. */
  dueCall: TodayAction | undefined;
  log: Activity[];
  timeZone: string;
}

const recentCount = 4;

function CallScreen({ person, profile, targets, dueCall, log, timeZone }: CallScreenProps) {
  const interests = interestsFor(person.targetIds, targets);
  const script = callScript({
    profile,
    person,
    interests,
    lastWritten: latestWritten(log),
    timeZone,
  });
  return (
    <>
      <PageHeader
        title={`Call ${person.name}`}
        eyebrow={<Link to="/today">← Today</Link>}
        description={<Subtitle person={person} />}
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <div className="flex min-w-0 flex-col gap-6">
          <section
            aria-label="Number and reason"
            className="rounded-2xl border border-teal-200 bg-teal-50/60 px-5 py-4 shadow-sm sm:px-6"
          >
            <p className="text-sm font-medium text-teal-900">Phone</p>
            <p data-testid="call-number" className="mt-0.5 text-2xl font-semibold">
              {person.phone ? (
                // A 44-pixel touch target: on a phone this is the button that dials.
                <Phone person={person} className="inline-flex min-h-11 items-center" />
              ) : (
                <span className="text-slate-500">No number saved</span>
              )}
            </p>
            {person.phone ? null : (
              <ButtonLink to={`/people/${person.id}/edit`} variant="primary" className="mt-3">
                Add a phone number
              </ButtonLink>
            )}
            <p className="mt-3 text-sm font-medium text-teal-900">Why you are calling</p>
            <p data-testid="call-reason" className="mt-0.5 text-slate-900">
              {dueCall?.message ?? "No call is due for them today; you can still call and log it."}
            </p>
          </section>
          <CallScriptCard script={script} hasPhone={Boolean(profile.phone)} />
          <CallOutcomes person={person} />
        </div>
        <RecentLog person={person} log={log} />
      </div>
    </>
  );
}

function RecentLog({ person, log }: { person: Person; log: Activity[] }) {
  const recent = log.slice(0, recentCount);
  return (
    <Card title="Recently">
      {recent.length === 0 ? (
        <p className="py-3 text-slate-600">Nothing logged with {person.name} yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {recent.map((activity) => (
            <li key={activity.id} className="flex gap-3 py-3">
              <LogEntryIcon kind={activity.kind} />
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{entryTitle(activity)}</p>
                <p className="text-sm text-slate-500">
                  <time dateTime={activity.occurredAt}>{formatDateTime(activity.occurredAt)}</time>
                </p>
                {activity.detail ? (
                  <p className="mt-1 line-clamp-2 text-sm break-words text-slate-700">
                    {activity.detail}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Link
        to={`/people/${person.id}#log`}
        className="mt-1 inline-block pb-1 text-sm font-medium text-teal-700 hover:underline"
      >
        See the whole log
      </Link>
    </Card>
  );
}
