import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** axe-core's source, read once per test file. */
export const readAxe = () => readFile(axePath, "utf8");

/** axe-core's serious and critical findings on the page as it is now, one line per node. */
export async function seriousFindings(page: Page, source: string): Promise<string[]> {
  // Evaluated by the test, not loaded as a script: the app's policy refuses inline scripts.
  await page.evaluate(source);
  const result = await page.evaluate(
    () =>
      (
        window as unknown as { axe: { run: () => Promise<AxeResult> } }
      ).axe.run() as Promise<AxeResult>,
  );
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`),
    );
}
