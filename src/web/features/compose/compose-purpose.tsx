import { Link } from "react-router";
import { latestScheduled } from "../../../domain/confirm-draft.js";
import { type DraftPurpose, isDraftPurpose } from "../../../domain/draft-purpose.js";
import type { FollowUpContext } from "../../../domain/follow-up-draft.js";
import type { Person } from "../../../domain/person.js";
import type { Profile } from "../../../domain/profile.js";
import type { Stage } from "../../../domain/stage.js";
import { latestConversation } from "../../../domain/thank-you-draft.js";
import { useActivities } from "../log/index.js";
import { useCadenceSettings } from "../settings/index.js";
import { useDraftTakeaways } from "./queries.js";

/** `?purpose=` of the composer; anything else means a first request to meet. */
export function composePurpose(value: string | null, stage?: Stage): DraftPurpose {
  if (isDraftPurpose(value)) return value;
  // After a conversation and before the thank-you, the composer opens on the thank-you.
  return stage === "met" ? "thank_you" : "outreach";
}

/** What a thank-you or confirmation is drafted from besides the person and the profile. */
export type PurposeContext = FollowUpContext;

/**
 * The log and the explorer's time zone, which only a follow-up needs, and for a thank-you or
 * an update the takeaways it cites (`?conversation=` names whose, for an update); a first
 * touch asks for none of them (and is ready at once with `data` null).
 */
export function usePurposeContext(
  personId: string,
  purpose: DraftPurpose,
  conversation: string | null = null,
) {
  const needed = purpose !== "outreach";
  const citesTakeaways = purpose === "thank_you" || purpose === "update";
  const log = useActivities(personId);
  const settings = useCadenceSettings(needed);
  const takeaways = useDraftTakeaways(
    personId,
    purpose === "update" ? conversation : null,
    citesTakeaways,
  );
  if (!needed) return { isPending: false, error: null, retry: () => {}, data: null };
  const failed = log.isError
    ? log
    : settings.isError
      ? settings
      : citesTakeaways && takeaways.isError
        ? takeaways
        : null;
  const takeawaysReady = !citesTakeaways || takeaways.data !== undefined;
  return {
    isPending: log.isPending || settings.isPending || (citesTakeaways && takeaways.isPending),
    error: failed?.error ?? null,
    retry: () => void failed?.refetch(),
    data:
      log.data && settings.data && takeawaysReady
        ? {
            log: log.data,
            timeZone: settings.data.timeZone,
            takeaways: takeaways.data?.takeaways ?? [],
          }
        : null,
  };
}

export function purposeHeading(purpose: DraftPurpose, personName: string) {
  switch (purpose) {
    case "outreach":
      return {
        title: `Write to ${personName}`,
        description:
          "Rapport drafts a first request for advice; change anything, and the coach reads along.",
      };
    case "thank_you":
      return {
        title: `Thank ${personName}`,
        description:
          "Send it within a day of your conversation: what they said, what you will do with it, and an offer to stay in touch.",
      };
    case "confirm":
      return {
        title: `Confirm with ${personName}`,
        description:
          "A short note the day before, with the time, the place and your phone number in case anything changes.",
      };
    case "update":
      return {
        title: `Update ${personName}`,
        description:
          "Tell them what came of their advice: cite what they said and what you did with it.",
      };
  }
}

/** "your thank-you", "your confirmation", "your e-mail": for the toast after logging. */
export function sentWhat(purpose: DraftPurpose, kindLabel: string): string {
  if (purpose === "thank_you") return "thank-you";
  if (purpose === "confirm") return "confirmation";
  if (purpose === "update") return "update";
  return kindLabel.toLowerCase();
}

const notice =
  "mb-6 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset";
const settingsLink = "font-semibold text-teal-800 underline";

interface PurposeNoticeProps {
  purpose: DraftPurpose;
  profile: Profile;
  person: Person;
  context: PurposeContext | null;
}

/** What the draft could not know: the explorer's phone, or the conversation itself. */
export function PurposeNotice({ purpose, profile, person, context }: PurposeNoticeProps) {
  if (purpose === "outreach" || !context) return null;
  const logLink = (
    <Link to={`/people/${person.id}#log`} className={settingsLink}>
      Log it on {person.name}’s page
    </Link>
  );
  if ((purpose === "thank_you" || purpose === "update") && !latestConversation(context.log)) {
    return (
      <p className={notice}>
        No conversation with {person.name} is logged yet, so the draft does not say when you talked.{" "}
        {logLink} and the {purpose === "update" ? "update" : "thank-you"} will be due on Today.
      </p>
    );
  }
  if (purpose === "thank_you" && (context.takeaways ?? []).length === 0) {
    return (
      <p className={notice} data-testid="no-takeaways">
        Your notes from this conversation have no takeaways yet, so the draft leaves blanks for what{" "}
        {person.name} said and what you will do. Write up your takeaways and the draft will name
        their advice and your next step.
      </p>
    );
  }
  if (purpose !== "confirm") return null;
  return (
    <>
      {latestScheduled(context.log) ? null : (
        <p className={notice}>
          No scheduled conversation with {person.name} is logged, so the day, time and place are
          blanks to fill in. {logLink} to have them filled.
        </p>
      )}
      {profile.phone ? null : (
        <p className={notice} data-testid="missing-phone">
          Add your phone number so {person.name} can reach you if anything changes: the draft holds
          a <code className="font-mono">{"{{my_phone}}"}</code> field until you do.{" "}
          <Link to="/settings#about-you" className={settingsLink}>
            Add it in Settings
          </Link>
        </p>
      )}
    </>
  );
}
