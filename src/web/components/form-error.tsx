import type { RefObject } from "react";

interface FormErrorProps {
  /** The form state from `useFormState`: its message, and where focus goes to show it. */
  form: { formError: string | null; formErrorRef: RefObject<HTMLDivElement | null> };
  /** The smaller alert used inside a page section (the log, network asks). */
  compact?: boolean;
  className?: string;
}

/** A message about the whole form (not one field); focus moves here when it appears. */
export function FormErrorAlert({ form, compact = false, className = "" }: FormErrorProps) {
  if (!form.formError) return null;
  const size = compact ? "rounded-lg px-3 py-2 text-sm sm:col-span-2" : "rounded-xl px-4 py-3";
  return (
    <div
      ref={form.formErrorRef}
      tabIndex={-1}
      role="alert"
      className={`border border-red-200 bg-red-50 font-medium text-red-800 ${size} ${className}`}
    >
      {form.formError}
    </div>
  );
}
