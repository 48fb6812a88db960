import { searchWords } from "../../../domain/search.js";

/**
 * The palette's forgiving match: every word typed must be found in a command's label or its
 * other names, in any order, capitals and accents ignored ("Réglages" = "reglages"). A word
 * may be the start of a word ("imp" → Import), inside one ("port" → Import) or its letters
 * in order ("stngs" → Settings); better matches rank first, then the list's own order.
 */

export interface Matchable {
  label: string;
  /** Other words it is found by ("contacts" for People), ranked below the label's. */
  keywords?: readonly string[];
}

// How well one typed word fits one word of a command.
const exact = 4;
const prefix = 3;
const inside = 2;
const scattered = 1;
// A word of the label counts for more than another name.
const keywordWeight = 0.6;
// The label begins with what was typed, or has the words in the order typed.
const labelStartBonus = 2;
const inOrderBonus = 0.5;

function wordFit(typed: string, word: string): number {
  if (word === typed) return exact;
  if (word.startsWith(typed)) return prefix;
  if (typed.length >= 2 && word.includes(typed)) return inside;
  if (typed.length >= 3 && word[0] === typed[0] && isScattered(typed, word)) return scattered;
  return 0;
}

/** Whether the letters of `typed` appear in `word` in that order. */
function isScattered(typed: string, word: string): boolean {
  let at = 0;
  for (const letter of word) {
    if (letter === typed[at]) at += 1;
    if (at === typed.length) return true;
  }
  return false;
}

interface Assessment {
  score: number;
  /** Every typed word begins a word (of the label or another name). */
  strong: boolean;
}

function assess(command: Matchable, query: string): Assessment | null {
  const typed = searchWords(query);
  if (typed.length === 0) return { score: 0, strong: true };
  const labelWords = searchWords(command.label);
  const otherWords = (command.keywords ?? []).flatMap(searchWords);
  let score = 0;
  let strong = true;
  let lastPlace = -1;
  let inOrder = true;
  for (const word of typed) {
    let best = 0;
    let bestFit = 0;
    let place = -1;
    labelWords.forEach((labelWord, index) => {
      const fit = wordFit(word, labelWord);
      if (fit > best) {
        best = fit;
        bestFit = fit;
        place = index;
      }
    });
    for (const otherWord of otherWords) {
      const fit = wordFit(word, otherWord);
      if (fit * keywordWeight > best) {
        best = fit * keywordWeight;
        bestFit = fit;
        place = -1;
      }
    }
    if (best === 0) return null;
    score += best;
    if (bestFit < prefix) strong = false;
    if (place <= lastPlace) inOrder = false;
    else lastPlace = place;
  }
  if (labelWords.join(" ").startsWith(typed.join(" "))) score += labelStartBonus;
  else if (inOrder && typed.length > 1) score += inOrderBonus;
  return { score, strong };
}

/** How well `query` matches the command, or null when some typed word is found nowhere. */
export function scoreCommand(command: Matchable, query: string): number | null {
  return assess(command, query)?.score ?? null;
}

export interface RankedCommand<Command> {
  command: Command;
  /** Every word typed begins a word of the label or another name (or nothing is typed). */
  strong: boolean;
}

/** The commands `query` matches, best first; all of them, in order, when nothing is typed. */
export function rankCommands<Command extends Matchable>(
  commands: readonly Command[],
  query: string,
): RankedCommand<Command>[] {
  return commands
    .flatMap((command, index) => {
      const assessment = assess(command, query);
      return assessment === null ? [] : [{ command, index, ...assessment }];
    })
    .sort((left, right) => right.score - left.score || left.index - right.index)
    .map(({ command, strong }) => ({ command, strong }));
}

/** The commands alone, as `rankCommands` orders them. */
export function matchCommands<Command extends Matchable>(
  commands: readonly Command[],
  query: string,
): Command[] {
  return rankCommands(commands, query).map((entry) => entry.command);
}
