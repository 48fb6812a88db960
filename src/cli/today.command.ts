import { defaultTodayShown, todayAllShown } from "../domain/today-page.js";
import { getToday } from "../services/today.service.js";
import { withStore } from "./open-context.js";
import { formatToday, todayJson } from "./today-format.js";

/**
 * `rapport today`: the agenda as lines for a terminal, or with --json as one object; the
 * top of each group, as the app shows it, or with --all every action.
 */
export async function todayCommand(options: {
  data?: string;
  json?: boolean;
  all?: boolean;
}): Promise<void> {
  const shown = options.all ? todayAllShown : defaultTodayShown;
  const view = await withStore(options.data, (context) => getToday(context, shown));
  console.log(
    options.json
      ? JSON.stringify(todayJson(view), null, 2)
      : formatToday(view, "en-GB", { all: options.all === true }).join("\n"),
  );
}
