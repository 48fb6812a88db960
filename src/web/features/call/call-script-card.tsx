import { Link } from "react-router";
import type { CallScript } from "../../../domain/call-script.js";

/** The short script to read from, and the voicemail to leave if nobody answers. */
export function CallScriptCard({ script, hasPhone }: { script: CallScript; hasPhone: boolean }) {
  return (
    <section
      aria-labelledby="call-script-heading"
      className="rounded-2xl border border-slate-200 bg-white px-5 py-4 shadow-sm sm:px-6"
    >
      <h2 id="call-script-heading" className="text-base font-semibold text-slate-900">
        What to say
      </h2>
      <ol className="mt-3 flex flex-col gap-3">
        {script.steps.map((step) => (
          // Not numbered: the number keys pick outcomes, and two sets of 1–4 would confuse.
          <li key={step.label} className="flex gap-3 border-l-2 border-teal-200 pl-3">
            <div className="min-w-0">
              <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                {step.label}
              </p>
              <p className="mt-0.5 text-[15px] leading-relaxed text-slate-900">“{step.say}”</p>
            </div>
          </li>
        ))}
      </ol>
      <details className="group mt-4 rounded-xl bg-slate-50 px-4 py-3 ring-1 ring-slate-200 ring-inset">
        <summary className="cursor-pointer font-medium text-slate-800 marker:text-slate-400">
          If you get voicemail
        </summary>
        <p
          data-testid="voicemail-script"
          className="mt-2 text-[15px] leading-relaxed text-slate-900"
        >
          “{script.voicemail}”
        </p>
        {hasPhone ? null : (
          <p className="mt-2 text-sm text-amber-900">
            <Link to="/settings#about-you" className="font-semibold text-teal-800 underline">
              Add your phone number in Settings
            </Link>{" "}
            so the script can say it for you.
          </p>
        )}
      </details>
    </section>
  );
}
