import type { Takeaway, TakeawayTag } from "../follow-up/takeaway.js";
import { nlp } from "../nlp.js";

/**
 * What keeps coming up (METHOD §7): takeaways grouped by tag and by what they say. Two
 * takeaways say the same thing when their content words agree once wording is set aside:
 * words are reduced to their root by the grammar (plurals, verb forms: "skills" → "skill",
 * "networking" → "network"), and the words that only frame a subject ("learn", "skill",
 * "get better at", "important") are dropped, so "learn SQL" and "SQL skills" are one theme.
 * Only equal word sets merge: a subset would fold "design" into "design portfolio".
 */

const stopWords = new Set(
  (
    "a an the of to for and or in on at by with from into about as is are was were be been " +
    "being it its this that these those there their them they he she his her i me my we our " +
    "you your yours so very really just also more most much many some any all each every " +
    "than then too can could should would will shall may might must do does did done not no"
  ).split(" "),
);

/** Words that frame a subject rather than name it. */
const framingWords = new Set(
  (
    "learn study get gain build improve develop work practice practise try start keep make " +
    "take have use need want know understand focus look think consider good better best great " +
    "important key useful helpful essential skill skills knowledge ability abilities thing " +
    "things stuff way ways lot bit area idea"
  ).split(" "),
);

/** The theme key of one takeaway's text: its content roots, sorted, deduplicated. */
export function themeKey(text: string): string {
  const document = nlp(text.slice(0, 2000));
  document.compute("root");
  const words = new Set<string>();
  for (const sentence of document.json() as { terms: { normal: string; root?: string }[] }[]) {
    for (const term of sentence.terms) {
      const word = (term.root || term.normal).toLowerCase().replace(/[^\p{L}\p{N}+#.]/gu, "");
      const bare = word.replace(/\.+$/, "");
      if (!bare || stopWords.has(bare) || framingWords.has(bare)) continue;
      words.add(bare);
    }
  }
  return [...words].sort().join(" ");
}

export type ThemeTakeaway = Pick<Takeaway, "id" | "activityId" | "personId" | "tag" | "text">;

export interface Theme {
  tag: TakeawayTag;
  /** The content words shared ("sql"); empty text themes are their own group. */
  key: string;
  /** How it is shown: the wording used most often (the shortest on a tie). */
  label: string;
  /** Distinct people who said it. */
  people: number;
  /** Every takeaway merged into it, so the explorer sees what was counted together. */
  takeaways: ThemeTakeaway[];
}

function labelOf(takeaways: readonly ThemeTakeaway[]): string {
  const counts = new Map<string, { count: number; text: string }>();
  for (const takeaway of takeaways) {
    const folded = takeaway.text.trim().toLowerCase();
    const seen = counts.get(folded);
    if (seen) seen.count += 1;
    else counts.set(folded, { count: 1, text: takeaway.text.trim() });
  }
  return (
    [...counts.values()].sort(
      (first, second) =>
        second.count - first.count ||
        first.text.length - second.text.length ||
        first.text.localeCompare(second.text),
    )[0]?.text ?? ""
  );
}

/** themeKey, each distinct text worked out once (the grammar is the slow part). */
export function memoizedThemeKey(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = themeKey(text);
      keys.set(text, key);
    }
    return key;
  };
}

/** Themes of these takeaways, most people first; `tag` narrows to one tag. */
export function themes(
  takeaways: readonly ThemeTakeaway[],
  tag?: TakeawayTag,
  keyOf: (text: string) => string = memoizedThemeKey(),
): Theme[] {
  const groups = new Map<string, ThemeTakeaway[]>();
  for (const takeaway of takeaways) {
    if (tag && takeaway.tag !== tag) continue;
    const key = keyOf(takeaway.text) || takeaway.text.trim().toLowerCase();
    const groupKey = `${takeaway.tag}\u0000${key}`;
    const group = groups.get(groupKey);
    if (group) group.push(takeaway);
    else groups.set(groupKey, [takeaway]);
  }
  return [...groups]
    .map(([groupKey, members]) => ({
      tag: members[0]?.tag ?? "advice",
      key: groupKey.split("\u0000")[1] ?? "",
      label: labelOf(members),
      people: new Set(members.map((member) => member.personId)).size,
      takeaways: members,
    }))
    .sort(
      (first, second) =>
        second.people - first.people ||
        second.takeaways.length - first.takeaways.length ||
        first.label.localeCompare(second.label),
    );
}
