import { getToday } from "../services/today.service.js";
import { withStore } from "./open-context.js";
import { formatToday } from "./today-format.js";

export async function todayCommand(options: { data?: string }): Promise<void> {
  const lines = await withStore(options.data, async (context) =>
    formatToday(await getToday(context)),
  );
  console.log(lines.join("\n"));
}
