import { useQuestionCheck } from "./queries.js";

/**
 * The yes/no check beside a question as it is typed: a question a "yes" or "no" can answer
 * is flagged with an open rewrite, and "Use this rewrite" puts it in the field.
 */
export function QuestionCheck({
  text,
  onUseRewrite,
}: {
  text: string;
  onUseRewrite: (rewrite: string) => void;
}) {
  const check = useQuestionCheck(text);
  const finding = text.trim() === "" ? null : (check.data ?? null);
  return (
    <div aria-live="polite" className="min-h-0">
      {finding ? (
        <div
          data-finding={finding.code}
          className="mt-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <p className="font-medium">{finding.message}</p>
          <p className="mt-1">
            Try: <q className="italic">{finding.rewrite}</q>
          </p>
          <button
            type="button"
            className="mt-2 inline-flex min-h-11 items-center font-semibold text-teal-800 underline-offset-2 hover:underline"
            onClick={() => onUseRewrite(finding.rewrite)}
          >
            Use this rewrite
          </button>
        </div>
      ) : null}
    </div>
  );
}
