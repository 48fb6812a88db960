import type { ConversationMode } from "../activity.js";

/**
 * "Come prepared" (METHOD §4) as a checklist per conversation, from its mode and place.
 * Keys are stable: ticks are saved by key, so a key never changes meaning; a new item gets
 * a new key. The three "ready" items come first in every list: objective, questions, pitch.
 */

export interface ChecklistItem {
  key: string;
  label: string;
  /**
   * Ticked from the preparation itself rather than by hand: "objective" once one is
   * written, "questions" once the plan holds a question that fits.
   */
  auto?: "objective" | "questions";
}

export type ChecklistSetting = "workplace" | "cafe" | "phone" | "video" | "unknown";

const common: ChecklistItem[] = [
  { key: "objective", label: "Objective written", auto: "objective" },
  { key: "questions", label: "Questions planned", auto: "questions" },
  { key: "research", label: "Research done on them and their organization" },
  { key: "pitch", label: "Pitch practised aloud" },
];

const item = (key: string, label: string): ChecklistItem => ({ key, label });

const arriveEarly = item("arrive-early", "Arrive 5–10 minutes early");
const route = item("route", "Route planned (and the time it takes)");
const notebook = item("notebook", "Notebook and pen");
const quietPlace = item("quiet-place", "A quiet place to talk");
const notesAtHand = item("notes-at-hand", "Notes and questions at hand");

const bySetting: Record<ChecklistSetting, ChecklistItem[]> = {
  workplace: [
    arriveEarly,
    item("resume-copies", "Résumé copies"),
    item("business-cards", "Business cards"),
    notebook,
    item("watch", "A watch"),
    item("professional-dress", "Professional dress"),
    route,
  ],
  cafe: [
    item("business-casual", "Business casual dress"),
    item("pay-coffee", "Plan to pay for the coffee or meal"),
    arriveEarly,
    item("resume-copy", "A résumé copy"),
    notebook,
    route,
  ],
  phone: [
    quietPlace,
    item("their-number", "Their number at hand"),
    notesAtHand,
    item("phone-charged", "Phone charged"),
  ],
  video: [
    quietPlace,
    item("link-tested", "The link tested"),
    item("camera-sound", "Camera and sound checked"),
    notesAtHand,
  ],
  // A conversation with no mode yet: what holds wherever it happens.
  unknown: [notebook, notesAtHand],
};

// Words in a place that say it is a café or somewhere to eat, not someone's workplace.
// (Letters around, not \b: "Café" ends in a letter \b does not know.)
const cafeWords =
  /(?<!\p{L})(caf[eé]s?|coffee|espresso|starbucks|costa|tea ?room|tea ?house|restaurants?|bistro|brasserie|bar|pub|bakery|diner|deli|canteen|food hall|brunch|lunch|breakfast)(?!\p{L})/iu;

/** Whether a place, as typed, reads as a café or restaurant. */
export function looksLikeCafe(place: string | null): boolean {
  return place !== null && cafeWords.test(place.normalize("NFC"));
}

export function checklistSetting(
  mode: ConversationMode | null,
  place: string | null,
): ChecklistSetting {
  switch (mode) {
    case "phone":
      return "phone";
    case "video":
      return "video";
    case "in_person":
      return looksLikeCafe(place) ? "cafe" : "workplace";
    default:
      return "unknown";
  }
}

/** The checklist for a conversation held this way, in the order to go through it. */
export function checklistFor(mode: ConversationMode | null, place: string | null): ChecklistItem[] {
  return [...common, ...bySetting[checklistSetting(mode, place)]].map((each) => ({ ...each }));
}

/** What the preparation itself ticks, beside the explorer's own ticks. */
export interface ChecklistFacts {
  objectiveWritten: boolean;
  questionsFit: boolean;
}

/** Each item with whether it is done: ticked by hand, or (auto items) from the facts. */
export function checklistWithDone(
  items: readonly ChecklistItem[],
  ticked: readonly string[],
  facts: ChecklistFacts,
): (ChecklistItem & { done: boolean })[] {
  const byHand = new Set(ticked);
  return items.map((each) => ({
    ...each,
    done:
      each.auto === "objective"
        ? facts.objectiveWritten
        : each.auto === "questions"
          ? facts.questionsFit
          : byHand.has(each.key),
  }));
}

export interface ChecklistProgress {
  ready: number;
  total: number;
}

/** "5 of 8 ready": done items among these (ticks for keys not on the list do not count). */
export function checklistProgress(
  items: readonly Pick<ChecklistItem, "key">[],
  done: readonly string[],
): ChecklistProgress {
  const ticked = new Set(done);
  return { ready: items.filter((each) => ticked.has(each.key)).length, total: items.length };
}

export function progressSentence(progress: ChecklistProgress): string {
  return `${progress.ready} of ${progress.total} ready`;
}
