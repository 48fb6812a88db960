import { describe, expect, it } from "vitest";
import {
  type KeyBinding,
  type PendingKeys,
  parseKeys,
  readKey,
  sequenceTimeoutMs,
} from "./shortcut-sequence.js";

const bindings: KeyBinding<"today" | "people" | "help" | "new-person">[] = [
  { id: "today", keys: ["g", "t"] },
  { id: "people", keys: ["g", "p"] },
  { id: "new-person", keys: ["n", "p"] },
  { id: "help", keys: ["?"] },
];

/** Feeds keys one after another, `gap` ms apart, and lists what each completed. */
function press(keys: string[], gap = 100) {
  let pending: PendingKeys | null = null;
  const matched: (string | null)[] = [];
  const consumed: boolean[] = [];
  keys.forEach((key, index) => {
    const reading = readKey(bindings, pending, key, 1000 + index * gap);
    matched.push(reading.matched);
    consumed.push(reading.consumed);
    pending = reading.pending;
  });
  return { matched, consumed, pending };
}

describe("readKey", () => {
  it("completes a one-key binding at once", () => {
    expect(press(["?"])).toEqual({ matched: ["help"], consumed: [true], pending: null });
  });

  it("waits after the first key of a sequence and completes it with the second", () => {
    expect(press(["g", "t"])).toEqual({
      matched: [null, "today"],
      consumed: [true, true],
      pending: null,
    });
    expect(press(["g", "p"]).matched).toEqual([null, "people"]);
    expect(press(["n", "p"]).matched).toEqual([null, "new-person"]);
  });

  it("leaves keys that begin nothing to the page", () => {
    expect(press(["x", "t", "p"])).toEqual({
      matched: [null, null, null],
      consumed: [false, false, false],
      pending: null,
    });
  });

  it("reads a key that breaks a sequence again on its own", () => {
    // g, g: the second g starts over, so g g t is still "today".
    expect(press(["g", "g", "t"]).matched).toEqual([null, null, "today"]);
    // g then ?: not "g ?", but ? alone.
    expect(press(["g", "?"]).matched).toEqual([null, "help"]);
    // g then x: nothing, and the g is forgotten.
    const broken = press(["g", "x", "t"]);
    expect(broken.matched).toEqual([null, null, null]);
    expect(broken.consumed).toEqual([true, false, false]);
  });

  it("forgets the first key after a pause", () => {
    expect(press(["g", "t"], sequenceTimeoutMs).matched).toEqual([null, "today"]);
    expect(press(["g", "t"], sequenceTimeoutMs + 1).matched).toEqual([null, null]);
  });

  it("keeps a begun sequence as the state for the next key", () => {
    expect(press(["g"]).pending).toEqual({ keys: ["g"], at: 1000 });
  });

  it("is case-sensitive, as KeyboardEvent.key is: Shift+G is not g", () => {
    expect(press(["G", "t"]).matched).toEqual([null, null]);
  });
});

describe("parseKeys", () => {
  it("splits a written sequence on spaces", () => {
    expect(parseKeys("g t")).toEqual(["g", "t"]);
    expect(parseKeys("?")).toEqual(["?"]);
    expect(parseKeys(" g  t ")).toEqual(["g", "t"]);
  });
});
