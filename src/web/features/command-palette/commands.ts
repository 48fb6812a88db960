import { importFrom } from "../import/index.js";
import type { Matchable } from "./command-match.js";
import { type ShortcutId, shortcuts } from "./shortcuts.js";

/** What choosing a command does. */
export type CommandAction =
  | { kind: "go"; to: string; state?: unknown }
  /** Asks whom first (the palette then lists people by name), then opens `to(person)`. */
  | { kind: "pick-person"; question: string; to: (personId: string) => string }
  | { kind: "shortcuts" }
  | { kind: "search" };

export type CommandGroup = "Go to" | "Actions" | "Settings";

export interface PaletteCommand extends Matchable {
  id: string;
  group: CommandGroup;
  action: CommandAction;
  /** Its keyboard shortcut, written as in `shortcuts` ("g t"). */
  keys?: string;
}

const keysOf = (id: ShortcutId) => shortcuts.find((shortcut) => shortcut.id === id)?.keys;
const personPage = (personId: string) => `/people/${encodeURIComponent(personId)}`;

const pages: [ShortcutId | null, label: string, to: string, keywords: string[]][] = [
  ["go-today", "Today", "/today", ["home", "agenda", "due", "reminders", "actions"]],
  ["go-people", "People", "/people", ["contacts", "list", "everyone"]],
  [null, "People board", "/people/board", ["stages", "kanban", "columns"]],
  ["go-organizations", "Organizations", "/organizations", ["companies", "employers"]],
  ["go-conversations", "Conversations", "/conversations", ["meetings", "interviews", "calendar"]],
  ["go-trips", "Trips", "/trips", ["travel", "visits", "places"]],
  ["go-insights", "Insights", "/insights", ["themes", "effort", "statistics", "analytics"]],
  [null, "Insights: Effort and yield", "/insights?section=effort", ["funnel", "replies"]],
  [null, "Insights: Referral network", "/insights?section=network", ["introductions", "graph"]],
  ["go-settings", "Settings", "/settings", ["preferences", "options"]],
];

const settingsSections: [id: string, title: string, keywords: string[]][] = [
  ["about-you", "About you", ["profile", "name", "time zone"]],
  ["exploring", "What you are exploring", ["interests", "locations", "targets"]],
  ["reminders", "Reminders", ["cadence", "follow up", "keep in touch"]],
  ["calendar-feed", "Calendar", ["feed", "ical", "subscribe"]],
  ["devices", "Phones and tablets", ["pair", "devices", "lan"]],
  ["templates", "Templates", ["letters", "outreach", "messages"]],
  ["pitch-and-stories", "Pitch and stories", ["elevator", "story bank"]],
  ["coach", "Coach", ["limits", "outreach checks"]],
  ["prepare", "Prepare", ["questions", "bank"]],
  ["mail", "E-mail and résumé", ["smtp", "cv", "resume", "mail"]],
  ["your-data", "Your data", ["export", "backup", "restore", "download"]],
  ["on-this-device", "On this device", ["offline", "install"]],
];

/** Import's back link returns to the page it was opened from, when that page has one. */
function importState(pathname: string) {
  if (pathname === "/people") return importFrom("people");
  if (pathname === "/today") return importFrom("today");
  return undefined;
}

/** Every command, in the order shown before anything is typed. */
export function paletteCommands(pathname: string): PaletteCommand[] {
  const goTo = pages.map(
    ([shortcut, label, to, keywords]): PaletteCommand => ({
      id: `go:${to}`,
      group: "Go to",
      label: `Go to ${label}`,
      keywords,
      keys: shortcut ? keysOf(shortcut) : undefined,
      action: { kind: "go", to },
    }),
  );
  const actions: PaletteCommand[] = [
    {
      id: "add-person",
      group: "Actions",
      label: "Add person",
      keywords: ["new", "contact", "create"],
      keys: keysOf("new-person"),
      action: { kind: "go", to: "/people/new" },
    },
    {
      id: "import",
      group: "Actions",
      label: "Import contacts",
      keywords: ["LinkedIn", "Google", "CSV", "vCard", "file", "upload"],
      action: { kind: "go", to: "/import", state: importState(pathname) },
    },
    {
      id: "log",
      group: "Actions",
      label: "Log an entry…",
      keywords: ["call", "note", "reply", "record", "activity"],
      action: {
        kind: "pick-person",
        question: "Log an entry for whom?",
        to: (personId) => `${personPage(personId)}#log`,
      },
    },
    {
      id: "write",
      group: "Actions",
      label: "Write to someone…",
      keywords: ["compose", "letter", "email", "message", "outreach"],
      action: {
        kind: "pick-person",
        question: "Write to whom?",
        to: (personId) => `${personPage(personId)}/compose`,
      },
    },
    {
      id: "call",
      group: "Actions",
      label: "Call someone…",
      keywords: ["phone", "ring"],
      action: {
        kind: "pick-person",
        question: "Call whom?",
        to: (personId) => `${personPage(personId)}/call`,
      },
    },
    {
      id: "add-organization",
      group: "Actions",
      label: "Add organization",
      keywords: ["new", "company", "employer", "create"],
      keys: keysOf("new-organization"),
      action: { kind: "go", to: "/organizations/new" },
    },
    {
      id: "search",
      group: "Actions",
      label: "Search everything",
      keywords: ["find", "notes", "log"],
      keys: keysOf("search"),
      action: { kind: "search" },
    },
    {
      id: "shortcuts",
      group: "Actions",
      label: "Keyboard shortcuts",
      keywords: ["keys", "help", "hotkeys"],
      keys: keysOf("help"),
      action: { kind: "shortcuts" },
    },
  ];
  const settings = settingsSections.map(
    ([id, title, keywords]): PaletteCommand => ({
      id: `settings:${id}`,
      group: "Settings",
      label: `Settings: ${title}`,
      keywords,
      action: { kind: "go", to: `/settings#${id}` },
    }),
  );
  return [...goTo, ...actions, ...settings];
}
