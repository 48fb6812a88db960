import type { Story } from "./preparation.js";
import { spokenSeconds } from "./spoken-time.js";

/** A STAR story as it is told: situation, task, action and result, one after another. */
export function storyText(story: Pick<Story, "situation" | "task" | "action" | "result">): string {
  return [story.situation, story.task, story.action, story.result]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
}

/** How long telling the story takes aloud, in whole seconds, at `wordsPerMinute`. */
export function storySpokenSeconds(
  story: Pick<Story, "situation" | "task" | "action" | "result">,
  wordsPerMinute: number,
): number {
  return spokenSeconds(storyText(story), wordsPerMinute);
}
