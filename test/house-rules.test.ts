import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The house rules (.dependency-cruiser.cjs) run on small trees shaped like src/: a tree that
// keeps every rule passes, and each planted import fails the check naming its rule.

const root = fileURLToPath(new URL("..", import.meta.url));
const configFile = join(root, ".dependency-cruiser.cjs");
const depcruise = join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

type Tree = Record<string, string>;

/** Every layer, importing only what the rules allow (type-only crossings included). */
const cleanTree: Tree = {
  "src/domain/person.ts": "export type Person = { name: string };\n",
  "src/domain/today.ts":
    'import type { Person } from "./person.js";\nexport const nobody: Person[] = [];\n',
  // A circle closed by `import type` is gone at run time, so it passes no-circular.
  "src/domain/stage.ts":
    'import type { Cadence } from "./cadence.js";\nexport const stage = (cadence: Cadence) => cadence;\n',
  "src/domain/cadence.ts":
    'import { stage } from "./stage.js";\nexport type Cadence = number;\nexport const next = stage;\n',
  "src/store/schema.ts":
    "export interface Database { people: { id: string } }\nexport const tables = ['people'];\n",
  "src/store/store.ts":
    'import type { Person } from "../domain/person.js";\nexport const openStore = (): Person[] => [];\n',
  "src/store/migrations/index.ts": 'export * as people from "./0001-people.js";\n',
  "src/store/migrations/0001-people.ts":
    'import type { Database } from "../schema.js";\nimport { frozenNameKey } from "./frozen-name-key.js";\n' +
    "export const up = (database: Database) => frozenNameKey(String(database));\n",
  "src/store/migrations/frozen-name-key.ts":
    "export const frozenNameKey = (name: string) => name;\n",
  "src/formats/people-csv.ts":
    'import type { Person } from "../domain/person.js";\nexport const toCsv = (people: Person[]) => people.join();\n',
  "src/services/people.service.ts":
    'import { toCsv } from "../formats/people-csv.js";\nimport { openStore } from "../store/store.js";\n' +
    "export const exportPeople = () => toCsv(openStore());\n",
  "src/services/open-store.ts": 'export { openStore } from "../store/store.js";\n',
  "src/server/app.ts":
    'import { exportPeople } from "../services/people.service.js";\n' +
    "export const app = { exportPeople };\nexport type AppType = typeof app;\n",
  // Server and CLI tests may open a throwaway store.
  "src/server/app.test.ts": 'import { openStore } from "../store/store.js";\nopenStore();\n',
  "src/cli/main.ts": 'import { openStore } from "../services/open-store.js";\nopenStore();\n',
  "src/cli/main.test.ts": 'import { openStore } from "../store/store.js";\nopenStore();\n',
  "src/web/lib/api-client.ts":
    'import type { Person } from "../../domain/person.js";\nimport type { AppType } from "../../server/app.js";\n' +
    "export const client = null as unknown as AppType;\nexport type Listed = Person;\n",
  "src/web/lib/client-type.ts": 'export type Client = import("../../server/app.js").AppType;\n',
  "src/web/components/button.tsx": "export const Button = () => null;\n",
  "src/web/features/people/index.ts": 'export { PeoplePage } from "./people-page.js";\n',
  "src/web/features/people/people-api.ts": "export const listPeople = () => [];\n",
  "src/web/features/people/people-page.tsx":
    'import { Button } from "../../components/button.js";\nimport { client } from "../../lib/api-client.js";\n' +
    'import { TodayPage } from "../today/index.js";\nimport { listPeople } from "./people-api.js";\n' +
    "export const PeoplePage = () => [Button, client, TodayPage, listPeople];\n",
  // A circle closed by a lazy import() (features load their pages later) passes no-circular.
  "src/web/features/today/index.ts":
    'export { TodayPage } from "./today-page.js";\nexport const pages = () => import("./today-pages.js");\n',
  "src/web/features/today/today-pages.ts":
    'import { PeoplePage } from "../people/index.js";\nexport const pages = [PeoplePage];\n',
  "src/web/features/today/today-page.tsx": "export const TodayPage = () => null;\n",
  "src/web/app/router.tsx":
    'import { PeoplePage } from "../features/people/index.js";\n' +
    'export const routes = [PeoplePage, () => import("../features/today/index.js")];\n',
};

interface Violation {
  rule: string;
  from: string;
  to: string;
}

interface CheckResult {
  exitCode: number;
  violations: Violation[];
  output: string;
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Writes the tree into a fresh folder and runs `depcruise src` there as `npm run lint` does. */
async function check(tree: Tree): Promise<CheckResult> {
  const folder = mkdtempSync(join(tmpdir(), "rapport-house-rules-"));
  folders.push(folder);
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const run = await promisify(execFile)(
    process.execPath,
    [depcruise, "src", "--config", configFile, "--output-type", "err-long"],
    {
      cwd: folder,
    },
  ).then(
    ({ stdout, stderr }) => ({ exitCode: 0, stdout, stderr }),
    // A failed check exits with the number of errors; execFile rejects with the output.
    (failure: { code: number; stdout: string; stderr: string }) => ({
      exitCode: failure.code,
      stdout: failure.stdout,
      stderr: failure.stderr,
    }),
  );
  const output = `${run.stdout}${run.stderr}`;
  // One line per violation, "  error <rule>: <from> → <to>" (a circle goes on below), then
  // the rule's comment: what to do instead.
  const violations = [...output.matchAll(/^ {2}error ([\w-]+): (\S+) → (\S*)$/gm)].map(
    ([, rule = "", from = "", to = ""]) => ({ rule, from, to }),
  );
  return { exitCode: run.exitCode, violations, output };
}

describe("the house rules", () => {
  it("npm run lint runs Biome and the dependency check with this config", () => {
    const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(packageJson.scripts.lint).toBe(
      "biome check . && depcruise src --config .dependency-cruiser.cjs --output-type err-long",
    );
  });

  it("pass a tree that keeps them, type-only crossings and test files included", async () => {
    const result = await check(cleanTree);
    expect(result.violations).toEqual([]);
    expect(result.output).toContain("no dependency violations found");
    expect(result.exitCode).toBe(0);
  });

  describe("fail on each import planted in that tree", () => {
    const planted: { rule: string; file: string; text: string; to: string }[] = [
      {
        rule: "domain-imports-only-domain",
        file: "src/domain/people-count.ts",
        text: 'import { openStore } from "../store/store.js";\nexport const count = () => openStore().length;\n',
        to: "src/store/store.ts",
      },
      {
        rule: "web-not-backend",
        // A type-only import counts too: the web's shapes come from the domain.
        file: "src/web/lib/upload.ts",
        text: 'import type { exportPeople } from "../../services/people.service.js";\nexport type Upload = typeof exportPeople;\n',
        to: "src/services/people.service.ts",
      },
      {
        rule: "web-server-types-only",
        file: "src/web/lib/server-app.ts",
        text: 'import { app } from "../../server/app.js";\nexport const local = app;\n',
        to: "src/server/app.ts",
      },
      {
        rule: "shells-not-store",
        file: "src/server/people.routes.ts",
        text: 'import { openStore } from "../store/store.js";\nexport const people = openStore;\n',
        to: "src/store/store.ts",
      },
      {
        rule: "shells-not-store",
        file: "src/cli/open-context.ts",
        text: 'import { openStore } from "../store/store.js";\nexport const open = openStore;\n',
        to: "src/store/store.ts",
      },
      {
        rule: "formats-not-store",
        file: "src/formats/people-import.ts",
        text: 'import type { Database } from "../store/schema.js";\nexport type Row = Database["people"];\n',
        to: "src/store/schema.ts",
      },
      {
        rule: "feature-through-index",
        file: "src/web/features/today/today-people.tsx",
        text: 'import { listPeople } from "../people/people-api.js";\nexport const TodayPeople = listPeople;\n',
        to: "src/web/features/people/people-api.ts",
      },
      {
        rule: "feature-through-index-from-outside",
        file: "src/web/app/people-route.tsx",
        text: 'import { PeoplePage } from "../features/people/people-page.js";\nexport const route = PeoplePage;\n',
        to: "src/web/features/people/people-page.tsx",
      },
      {
        rule: "migration-self-contained",
        file: "src/store/migrations/0002-backfill.ts",
        text: 'import { nobody } from "../../domain/today.js";\nexport const up = () => nobody;\n',
        to: "src/domain/today.ts",
      },
      {
        rule: "migration-self-contained",
        file: "src/store/migrations/0003-backfill.ts",
        text: 'import { openStore } from "../store.js";\nexport const up = () => openStore();\n',
        to: "src/store/store.ts",
      },
      {
        rule: "migration-schema-types-only",
        file: "src/store/migrations/0002-tables.ts",
        text: 'import { tables } from "../schema.js";\nexport const up = () => tables;\n',
        to: "src/store/schema.ts",
      },
    ];

    const circle: Tree = {
      "src/services/first.ts":
        'import { second } from "./second.js";\nexport const first = () => second;\n',
      "src/services/second.ts":
        'import { first } from "./first.js";\nexport const second = () => first;\n',
    };

    // One run over the clean tree with every plant: each plant is a leaf nothing imports, so
    // it can only break its own rule, and the exact list below shows it breaks that one.
    let result: CheckResult;
    beforeAll(async () => {
      const plants = Object.fromEntries(planted.map(({ file, text }) => [file, text]));
      result = await check({ ...cleanTree, ...plants, ...circle });
    });

    it.each(planted)("$rule: $file → $to", ({ rule, file, to }) => {
      expect(result.violations).toContainEqual({ rule, from: file, to });
    });

    it("says what to do instead under each violation", () => {
      expect(result.output).toContain(
        "  error web-server-types-only: src/web/lib/server-app.ts → src/server/app.ts\n" +
          "    The web may import src/server only as types",
      );
    });

    it("no-circular: two modules importing each other at run time", () => {
      // A circle is reported once, from its first module, on the lines below.
      expect(result.violations).toContainEqual({
        rule: "no-circular",
        from: "src/services/first.ts",
        to: "",
      });
      expect(result.output).toContain(
        "error no-circular: src/services/first.ts → \n      src/services/second.ts →\n      src/services/first.ts\n",
      );
    });

    it("and on nothing else, exiting with the number of violations", () => {
      const expected = [
        ...planted.map(({ rule, file, to }) => ({ rule, from: file, to })),
        { rule: "no-circular", from: "src/services/first.ts", to: "" },
      ];
      const byPlace = (one: Violation, other: Violation) =>
        `${one.from} ${one.to} ${one.rule}`.localeCompare(
          `${other.from} ${other.to} ${other.rule}`,
        );
      expect([...result.violations].sort(byPlace)).toEqual(expected.sort(byPlace));
      expect(result.exitCode).toBe(expected.length);
    });
  });
});
