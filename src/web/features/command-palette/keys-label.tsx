import { Fragment } from "react";

const kbdClass =
  "inline-flex min-w-6 items-center justify-center rounded border border-slate-300 bg-white px-1.5 font-sans text-xs font-medium text-slate-700 shadow-[0_1px_0_rgb(203_213_225)]";

/** A shortcut's keys as keycaps: "g t" is g, then t (said so to screen readers). */
export function KeysLabel({ keys }: { keys: string }) {
  const parts = keys.split(" ");
  return (
    <span className="inline-flex shrink-0 items-center gap-1">
      {parts.map((key, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a sequence may repeat a key
        <Fragment key={index}>
          {index > 0 ? <span className="sr-only"> then </span> : null}
          <kbd className={kbdClass}>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** Keys pressed together ("Ctrl", "K"), shown as one chord. */
export function ChordLabel({ keys }: { keys: readonly string[] }) {
  return (
    <span className="inline-flex shrink-0 items-center gap-1">
      {keys.map((key, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a chord may repeat a key
        <Fragment key={index}>
          {index > 0 ? <span aria-hidden="true">+</span> : null}
          <kbd className={kbdClass}>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
