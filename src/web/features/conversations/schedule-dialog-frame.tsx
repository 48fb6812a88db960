import { lazy, Suspense, useState } from "react";
import type { ScheduleDialogFrameProps } from "./schedule-dialog-content.js";

// The dialog and its library load when a dialog is first opened: Today's rows offer
// "It happened" and "Schedule" on every visit, but most visits open neither.
const ScheduleDialogContent = lazy(() =>
  import("./schedule-dialog-content.js").then((module) => ({
    default: module.ScheduleDialogContent,
  })),
);

/** The dialog around the schedule and reschedule forms, loaded on first opening; then kept. */
export function ScheduleDialogFrame(props: ScheduleDialogFrameProps) {
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ScheduleDialogContent {...props} />
    </Suspense>
  );
}
