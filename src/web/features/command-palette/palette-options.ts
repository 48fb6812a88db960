import type { SearchResult } from "../../../domain/search.js";
import { rankCommands } from "./command-match.js";
import type { CommandAction, CommandGroup, PaletteCommand } from "./commands.js";

/** One row of the palette's list. */
export interface PaletteOption {
  id: string;
  label: string;
  /** A quieter line after the label: a person's title and organization. */
  detail?: string;
  /** The keyboard shortcut shown at its end. */
  keys?: string;
  action: CommandAction;
}

export interface PaletteSection {
  heading: string;
  options: PaletteOption[];
}

const personPage = (id: string) => `/people/${encodeURIComponent(id)}`;

const fromCommand = (command: PaletteCommand): PaletteOption => ({
  id: command.id,
  label: command.label,
  keys: command.keys,
  action: command.action,
});

const snippetText = (result: SearchResult) =>
  result.snippet
    .map((segment) => segment.text)
    .join("")
    .trim() || undefined;

function recordOption(result: SearchResult, to: string): PaletteOption {
  return {
    id: `${result.type}:${result.id}`,
    label: result.title,
    detail: snippetText(result),
    action: { kind: "go", to },
  };
}

const groupOrder: CommandGroup[] = ["Go to", "Actions", "Settings"];

/**
 * The palette's list. Nothing typed: every command under its group. Something typed: the
 * commands every typed word begins a word of, then the people and organizations named so,
 * then the looser command matches; each section best first. Choosing a person for an action
 * ("Log an entry for whom?") lists only people, and opens that action's page for them.
 */
export function paletteSections(
  commands: readonly PaletteCommand[],
  query: string,
  named: { people: readonly SearchResult[]; organizations: readonly SearchResult[] },
  picking: Extract<CommandAction, { kind: "pick-person" }> | null,
): PaletteSection[] {
  if (picking) {
    return [
      {
        heading: "People",
        options: named.people.map((person) => ({
          ...recordOption(person, picking.to(person.personId ?? person.id)),
          id: `pick:${person.id}`,
        })),
      },
    ].filter((section) => section.options.length > 0);
  }
  if (query.trim() === "") {
    return groupOrder.map((group) => ({
      heading: group,
      options: commands
        .filter((command) => command.group === group)
        .map((command) => fromCommand(command)),
    }));
  }
  const ranked = rankCommands(commands, query);
  const sections: PaletteSection[] = [
    {
      heading: "Commands",
      options: ranked.filter((entry) => entry.strong).map((entry) => fromCommand(entry.command)),
    },
    {
      heading: "People",
      options: named.people.map((person) =>
        recordOption(person, personPage(person.personId ?? person.id)),
      ),
    },
    {
      heading: "Organizations",
      options: named.organizations.map((organization) =>
        recordOption(organization, organization.href),
      ),
    },
    {
      heading: "More commands",
      options: ranked.filter((entry) => !entry.strong).map((entry) => fromCommand(entry.command)),
    },
  ];
  return sections.filter((section) => section.options.length > 0);
}
