import { getToday } from "../services/today.service.js";
import { withStore } from "./open-context.js";
import { formatToday, todayJson } from "./today-format.js";

/** `rapport today`: the agenda as lines for a terminal, or with --json as one object. */
export async function todayCommand(options: { data?: string; json?: boolean }): Promise<void> {
  const view = await withStore(options.data, getToday);
  console.log(
    options.json ? JSON.stringify(todayJson(view), null, 2) : formatToday(view).join("\n"),
  );
}
