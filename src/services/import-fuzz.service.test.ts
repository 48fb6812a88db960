import { describe, expect, it } from "vitest";
import { hostileFile, readsAsExplanation, seededRandom } from "../../test/mutations.js";
import { freshOwnerEachTest, storeTargets } from "../../test/stores.js";
import type { ApiErrorBody } from "../domain/api-error.js";
import { createApp } from "../server/app.js";
import type { ImportReport } from "./import.service.js";
import { listPeople } from "./people.service.js";

// Fixed seed and count: the same files on every run, a few seconds on both engines.
const seed = 8;
const files = 25;
const origin = "http://127.0.0.1:4477";

type Answer = { status: number; report?: ImportReport; error?: ApiErrorBody["error"] };

describe.each(storeTargets)("hostile imports through the API on $name", (target) => {
  describe.skipIf(!target.available)("into a real store", () => {
    const current = freshOwnerEachTest(target);

    it(`answers ${files} mutated files with a report or an explained 400, writing all or nothing`, async () => {
      const { context } = current.clock;
      const app = createApp({ context });
      const send = async (path: string, bytes: Uint8Array): Promise<Answer> => {
        const response = await app.request(`${origin}${path}`, {
          method: "POST",
          headers: { host: "127.0.0.1:4477", origin },
          body: bytes,
        });
        const body = (await response.json()) as { report?: ImportReport } & Partial<ApiErrorBody>;
        return { status: response.status, ...body };
      };
      const random = seededRandom(seed).next;
      const problems: string[] = [];
      for (let index = 0; index < files; index += 1) {
        const { label, bytes } = hostileFile(random);
        const where = `file ${index} (${label})`;
        const before = (await listPeople(context)).length;
        const preview = await send("/api/import/preview", bytes);
        const done = await send("/api/import", bytes);
        const after = (await listPeople(context)).length;
        for (const answer of [preview, done]) {
          if (answer.status === 400 && answer.error && readsAsExplanation(answer.error.message))
            continue;
          if (answer.status !== 200 || !answer.report) {
            problems.push(`${where}: ${answer.status} ${JSON.stringify(answer.error)}`);
            continue;
          }
          const unexplained = answer.report.rows.filter(
            (row) => row.action !== "add" && !readsAsExplanation(row.reason ?? ""),
          );
          if (unexplained.length > 0)
            problems.push(`${where}: rows without a reason ${JSON.stringify(unexplained)}`);
        }
        // All or nothing: exactly the planned additions land, or none when refused.
        const added = done.status === 200 ? (done.report?.counts.add ?? 0) : 0;
        if (after !== before + added)
          problems.push(`${where}: ${before} people became ${after}, expected ${before + added}`);
        if (preview.status !== done.status)
          problems.push(`${where}: preview ${preview.status} but import ${done.status}`);
      }
      expect(problems).toEqual([]);
    });
  });
});
