import { describe, expect, it } from "vitest";
import type { SearchResult } from "../../../domain/search.js";
import { paletteCommands } from "./commands.js";
import { paletteSections } from "./palette-options.js";

const result = (type: SearchResult["type"], id: string, title: string): SearchResult => ({
  type,
  id,
  personId: type === "person" ? id : null,
  title,
  snippet: [{ text: "UX researcher", highlighted: false }],
  href: type === "person" ? `/people/${id}` : `/organizations/${id}`,
});
const none = { people: [], organizations: [] };
const named = {
  people: [result("person", "p1", "Maya Chen")],
  organizations: [result("organization", "o1", "Mapbox")],
};
const commands = paletteCommands("/today");
const headings = (sections: ReturnType<typeof paletteSections>) =>
  sections.map((section) => [section.heading, section.options.map((option) => option.label)]);

describe("paletteSections", () => {
  it("lists every command under its group before anything is typed", () => {
    const sections = paletteSections(commands, "", none, null);
    expect(sections.map((section) => section.heading)).toEqual(["Go to", "Actions", "Settings"]);
    expect(sections.flatMap((section) => section.options)).toHaveLength(commands.length);
    expect(sections[0]?.options[0]).toMatchObject({ label: "Go to Today", keys: "g t" });
  });

  it("puts the commands every word begins first, then names, then looser commands", () => {
    expect(headings(paletteSections(commands, "ma", named, null))).toEqual([
      ["Commands", ["Settings: E-mail and résumé"]],
      ["People", ["Maya Chen"]],
      ["Organizations", ["Mapbox"]],
      ["More commands", ["Write to someone…"]],
    ]);
  });

  it("opens a person's page and an organization's, with the snippet beside the name", () => {
    const [people, organizations] = paletteSections(commands, "maya", named, null);
    expect(people?.options[0]).toMatchObject({
      label: "Maya Chen",
      detail: "UX researcher",
      action: { kind: "go", to: "/people/p1" },
    });
    expect(organizations?.options[0]?.action).toEqual({ kind: "go", to: "/organizations/o1" });
  });

  it("lists only people when an action asks for whom, each opening that action's page", () => {
    const log = commands.find((command) => command.id === "log")?.action;
    if (log?.kind !== "pick-person") throw new Error("Log an entry asks for a person");
    const sections = paletteSections(commands, "ma", named, log);
    expect(headings(sections)).toEqual([["People", ["Maya Chen"]]]);
    expect(sections[0]?.options[0]?.action).toEqual({ kind: "go", to: "/people/p1#log" });
    expect(paletteSections(commands, "ma", none, log)).toEqual([]);
  });

  it("has nothing to show when nothing matches", () => {
    expect(paletteSections(commands, "zzqx", none, null)).toEqual([]);
  });
});

describe("paletteCommands", () => {
  it("sends Import's back link to the page it was opened from, when that page has one", () => {
    const importFrom = (pathname: string) =>
      paletteCommands(pathname).find((command) => command.id === "import")?.action;
    expect(importFrom("/people")).toEqual({
      kind: "go",
      to: "/import",
      state: { importFrom: "people" },
    });
    expect(importFrom("/today")).toMatchObject({ state: { importFrom: "today" } });
    expect(importFrom("/trips")).toEqual({ kind: "go", to: "/import", state: undefined });
  });

  it("gives each command a different id and label", () => {
    expect(new Set(commands.map((command) => command.id)).size).toBe(commands.length);
    expect(new Set(commands.map((command) => command.label)).size).toBe(commands.length);
  });
});
