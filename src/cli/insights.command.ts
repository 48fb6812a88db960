import { insightsFilterSchema } from "../domain/insights/insights-data.js";
import { nameKey } from "../domain/name-key.js";
import type { Target } from "../domain/profile.js";
import { isCalendarDate } from "../domain/trip.js";
import { validate } from "../domain/validation.js";
import { getEffort, getInsightsOptions, getThemes } from "../services/insights.service.js";
import { formatInsights, type InsightsFilterWords, insightsJson } from "./insights-format.js";
import { withStore } from "./open-context.js";
import { UsageError } from "./usage-error.js";

export interface InsightsOptions {
  json?: boolean;
  interest?: string;
  location?: string;
  from?: string;
  to?: string;
  data?: string;
}

/**
 * The filter checked with the page's own schema before the store is opened, each problem
 * said with the option to fix; a day that is not a calendar day names what was typed.
 */
/** The filter as typed, or a usage error (exit 2): the command line itself is wrong. */
function checkedFilter(options: InsightsOptions) {
  const valid = validate(insightsFilterSchema, {
    interest: options.interest,
    location: options.location,
    from: options.from,
    to: options.to,
  });
  if (valid.ok) return valid.value;
  for (const flag of ["from", "to"] as const) {
    const typed = options[flag];
    if (typed !== undefined && typed !== "" && !isCalendarDate(typed)) {
      throw new UsageError(
        "insights",
        `--${flag} "${typed}" is not a day. Give the day as YYYY-MM-DD, like 2026-11-01.`,
      );
    }
  }
  if (valid.fields.to && options.from && options.to) {
    throw new UsageError(
      "insights",
      `--from ${options.from} comes after --to ${options.to}. The period's first day must come before its last.`,
    );
  }
  throw new UsageError(
    "insights",
    Object.entries(valid.fields)
      .map(([field, message]) => `--${field}: ${message}.`)
      .join(" "),
  );
}

/** The interest by its id or, as a person would type it, its label; otherwise what there is. */
function chosenInterest(wanted: string, interests: readonly Target[]): Target {
  const found =
    interests.find((interest) => interest.id === wanted) ??
    interests.find((interest) => nameKey(interest.label) === nameKey(wanted));
  if (found) return found;
  const known =
    interests.length === 0
      ? "You have no interests yet; add them in Settings → Profile."
      : `Your interests: ${interests.map((interest) => `${interest.label} (${interest.id})`).join(", ")}.`;
  throw new Error(`There is no interest "${wanted}". ${known}`);
}

/** `rapport insights`: effort and yield, and what keeps coming up, in a terminal or as JSON. */
export async function insightsCommand(options: InsightsOptions): Promise<void> {
  const filter = checkedFilter(options);
  const output = await withStore(options.data, async (context) => {
    const interest = filter.interest
      ? chosenInterest(filter.interest, (await getInsightsOptions(context)).interests)
      : null;
    const query = { ...filter, interest: interest?.id ?? null };
    const [effort, themes] = [await getEffort(context, query), await getThemes(context, query)];
    const words: InsightsFilterWords = { ...filter, interest: interest?.label ?? null };
    const report = { effort, themes, filter: words };
    return options.json
      ? JSON.stringify(insightsJson(report), null, 2)
      : formatInsights(report).join("\n");
  });
  console.log(output);
}
