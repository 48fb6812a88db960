import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Dates, ranges, relative times and plurals are worded by Intl through src/domain/wording/
// (issue 13). This check fails when src/ gains one made by hand again: a ternary on a count
// of one choosing a word, a list of month or weekday names, or "N days ago" put together.

const root = fileURLToPath(new URL("..", import.meta.url));

const rules = [
  {
    name: "plural chosen by hand (use counted or pluralForm from domain/wording/plural.ts)",
    pattern: /(?:===|!==)\s*(?:1|"1"|'1')\s*\?\s*(?:["'`]|one\b|many\b|singular\b)/,
  },
  {
    name: "month names typed by hand (use domain/wording/dates.ts)",
    pattern: /["'](?:Jan|January)["']\s*,\s*["'](?:Feb|February)["']/,
  },
  {
    name: "weekday names typed by hand (use domain/wording/dates.ts)",
    pattern: /["'](?:Sun|Sunday|Mon|Monday)["']\s*,\s*["'](?:Mon|Monday|Tue|Tuesday)["']/,
  },
  {
    name: "relative time put together by hand (use relativeDays from domain/wording/relative.ts)",
    pattern: /\}\s+(?:days?|weeks?|months?)\s+ago\b/,
  },
] as const;

/** Each "rule: file:line" in a file's text (the whole text, so a list across lines counts). */
function findings(file: string, text: string): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    const global = new RegExp(rule.pattern.source, "g");
    for (const match of text.matchAll(global)) {
      const line = text.slice(0, match.index).split("\n").length;
      found.push(`${file}:${line} ${rule.name}`);
    }
  }
  return found;
}

function sourceFiles(): string[] {
  return readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join("src", file).replaceAll("\\", "/"))
    .sort();
}

// Files another change is rewriting; each still words a count by hand (listed in issue 13's
// notes). Remove a file here once it uses domain/wording.
const notYetConverted: string[] = [];

describe("hand-made wording", () => {
  it("finds each kind it looks for", () => {
    expect(
      findings(
        "planted.ts",
        [
          'const one = `\x24{n} \x24{n === 1 ? "day" : "days"}`;',
          "const also = count !== 1 ? 's' : '';",
          "const pick = (n: number) => n === 1 ? one : many;",
          'const months = [\n  "Jan",\n  "Feb",\n];',
          'const days = ["Monday", "Tuesday"];',
          "const ago = `\x24{days} days ago`;",
          'const fine = counted(n, { one: "day", other: "days" }); // 3 days ago',
        ].join("\n"),
      ),
    ).toEqual([
      "planted.ts:1 plural chosen by hand (use counted or pluralForm from domain/wording/plural.ts)",
      "planted.ts:2 plural chosen by hand (use counted or pluralForm from domain/wording/plural.ts)",
      "planted.ts:3 plural chosen by hand (use counted or pluralForm from domain/wording/plural.ts)",
      "planted.ts:5 month names typed by hand (use domain/wording/dates.ts)",
      "planted.ts:8 weekday names typed by hand (use domain/wording/dates.ts)",
      "planted.ts:9 relative time put together by hand (use relativeDays from domain/wording/relative.ts)",
    ]);
  });

  it("finds none in src/ outside the files still to convert", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    const all = files.flatMap((file) => findings(file, readFileSync(join(root, file), "utf8")));
    const offending = all.filter(
      (finding) => !notYetConverted.some((file) => finding.startsWith(`${file}:`)),
    );
    expect(offending).toEqual([]);
    // A file converted since is taken off the list, so the list never hides a new one.
    const stillOffending = notYetConverted.filter((file) =>
      all.some((finding) => finding.startsWith(`${file}:`)),
    );
    expect(stillOffending).toEqual(notYetConverted);
  });
});
