import { describe, expect, it } from "vitest";
import { matchCommands, rankCommands, scoreCommand } from "./command-match.js";

const commands = [
  { label: "Go to Today", keywords: ["home", "agenda"] },
  { label: "Go to People", keywords: ["contacts"] },
  { label: "Go to Trips", keywords: ["travel"] },
  { label: "Add person", keywords: ["new contact"] },
  { label: "Add organization", keywords: ["new company"] },
  { label: "Import contacts", keywords: ["LinkedIn", "vCard"] },
  { label: "Settings: Réglages du courrier" },
  { label: "Go to Settings" },
];
const labels = (query: string) => matchCommands(commands, query).map((command) => command.label);

describe("matchCommands", () => {
  it("lists every command in order when nothing is typed", () => {
    expect(labels("")).toEqual(commands.map((command) => command.label));
    expect(labels("   ")).toEqual(commands.map((command) => command.label));
  });

  it("finds a page by its name alone", () => {
    expect(labels("trips")).toEqual(["Go to Trips"]);
    expect(labels("TRIPS")).toEqual(["Go to Trips"]);
  });

  it("takes the words in any order", () => {
    expect(labels("add person")).toEqual(["Add person"]);
    expect(labels("person add")).toEqual(["Add person"]);
    expect(labels("contacts import")).toEqual(["Import contacts"]);
  });

  it("ignores accents and punctuation", () => {
    expect(labels("reglages")).toEqual(["Settings: Réglages du courrier"]);
    expect(labels("réglages, courrier!")).toEqual(["Settings: Réglages du courrier"]);
  });

  it("matches the start of a word, a part of one, or its letters in order", () => {
    expect(labels("imp")).toEqual(["Import contacts"]);
    expect(labels("port")).toEqual(["Import contacts"]);
    // Equal fits keep the list's order.
    expect(labels("stngs")).toEqual(["Settings: Réglages du courrier", "Go to Settings"]);
  });

  it("finds commands by their other names, below those whose label matches", () => {
    expect(labels("travel")).toEqual(["Go to Trips"]);
    // "contacts" is Import's label and People's other name.
    expect(labels("contacts")).toEqual(["Import contacts", "Go to People"]);
    expect(labels("new")).toEqual(["Add person", "Add organization"]);
  });

  it("needs every word typed to be found", () => {
    expect(labels("add trips")).toEqual([]);
    expect(labels("zzz")).toEqual([]);
  });

  it("ranks a label that begins with what was typed first", () => {
    // Both labels have "settings"; the one that begins with it wins.
    expect(labels("settings")).toEqual(["Settings: Réglages du courrier", "Go to Settings"]);
    expect(labels("go settings")).toEqual(["Go to Settings"]);
    expect(labels("add")).toEqual(["Add person", "Add organization"]);
  });
});

describe("scoreCommand", () => {
  it("scores an exact word over a prefix over a part over scattered letters", () => {
    const command = { label: "Conversations" };
    const exact = scoreCommand(command, "conversations");
    const prefix = scoreCommand(command, "conv");
    const inside = scoreCommand({ label: "Go Conversations" }, "versa");
    const scattered = scoreCommand({ label: "Go Conversations" }, "cnvs");
    expect(exact).toBeGreaterThan(prefix ?? 0);
    expect(scoreCommand({ label: "Go Conversations" }, "conv")).toBeGreaterThan(inside ?? 0);
    expect(inside).toBeGreaterThan(scattered ?? 0);
    expect(scattered).toBeGreaterThan(0);
  });

  it("does not take two letters inside a word, or scattered letters not from its start", () => {
    expect(scoreCommand({ label: "Import" }, "o")).toBeNull();
    expect(scoreCommand({ label: "Import" }, "mpt")).toBeNull();
  });

  it("gives nothing typed a neutral score", () => {
    expect(scoreCommand({ label: "Import" }, "")).toBe(0);
  });
});

describe("rankCommands", () => {
  const strength = (query: string) =>
    rankCommands(commands, query).map((entry) => [entry.command.label, entry.strong]);

  it("calls a match strong when every word begins a word, in the label or another name", () => {
    expect(strength("add per")).toEqual([["Add person", true]]);
    expect(strength("travel")).toEqual([["Go to Trips", true]]);
    expect(strength("trav")).toEqual([["Go to Trips", true]]);
  });

  it("calls a part of a word or scattered letters weak", () => {
    expect(strength("port")).toEqual([["Import contacts", false]]);
    expect(strength("stngs")).toEqual([
      ["Settings: Réglages du courrier", false],
      ["Go to Settings", false],
    ]);
    expect(strength("add tngs")).toEqual([]);
  });

  it("calls everything strong when nothing is typed", () => {
    expect(rankCommands(commands, "").every((entry) => entry.strong)).toBe(true);
  });
});
