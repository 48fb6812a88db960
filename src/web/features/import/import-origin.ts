/** The pages that open Import, and what its back link says for each. */
const origins = {
  people: { to: "/people", label: "People" },
  today: { to: "/today", label: "Today" },
  settings: { to: "/settings#your-data", label: "Settings" },
} as const;
export type ImportOrigin = keyof typeof origins;
const originNames: readonly ImportOrigin[] = ["people", "today", "settings"];

/** Router state for a link to Import, so its back link returns there: `state={importFrom("people")}`. */
export const importFrom = (origin: ImportOrigin) => ({ importFrom: origin });

/** Where Import's back link goes: the page it was opened from, or Settings (Your data). */
export function importBackLink(state: unknown): { to: string; label: string } {
  const origin =
    typeof state === "object" && state !== null && "importFrom" in state
      ? state.importFrom
      : undefined;
  return origins[originNames.find((name) => name === origin) ?? "settings"];
}
