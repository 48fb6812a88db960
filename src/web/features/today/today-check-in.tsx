import type { DueCheckIn } from "../../../domain/today.js";
import { CheckInForm } from "./check-in-form.js";

/** Today's "still excited?" card: shown while a check-in is due, until one is saved. */
export function TodayCheckIn({ checkIn }: { checkIn: DueCheckIn }) {
  return (
    <section
      aria-label="Check-in"
      data-testid="today-check-in"
      data-due-at={checkIn.dueAt}
      className="rounded-xl border border-violet-200 bg-violet-50/60 p-4"
    >
      <CheckInForm variant="today" />
    </section>
  );
}
