import { type DragEvent, type ReactNode, type RefObject, useEffect, useState } from "react";
import { formatFileSize } from "../lib/format.js";
import { UploadIcon } from "./icons.js";

interface FileDropProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** File types the picker offers first, e.g. ".csv,.zip". */
  accept?: string;
  file: File | null;
  onFile: (file: File | null) => void;
  /** Shown under the drop zone as an alert, and tied to the input. */
  error?: string | null;
  inputRef?: RefObject<HTMLInputElement | null>;
  disabled?: boolean;
}

/**
 * A real file input (so keyboards and screen readers work as usual) inside a zone that
 * also takes a file dragged onto it.
 */
export function FileDrop({
  id,
  label,
  hint,
  accept,
  file,
  onFile,
  error,
  inputRef,
  disabled = false,
}: FileDropProps) {
  const [dragging, setDragging] = useState(false);

  // A file dropped just beside the zone would otherwise make the browser leave the page to open it.
  useEffect(() => {
    const ignore = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener("dragover", ignore);
    window.addEventListener("drop", ignore);
    return () => {
      window.removeEventListener("dragover", ignore);
      window.removeEventListener("drop", ignore);
    };
  }, []);

  function onDrop(event: DragEvent<HTMLFieldSetElement>) {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return;
    // Keep the input showing the same file the user dropped.
    if (inputRef?.current) inputRef.current.files = event.dataTransfer.files;
    onFile(dropped);
  }

  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(" ");

  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <fieldset
        onDragOver={(event) => {
          event.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-2 flex min-w-0 flex-col items-center gap-3 rounded-xl border-2 border-dashed px-4 py-7 text-center transition-colors sm:py-9 ${
          dragging
            ? "border-teal-600 bg-teal-50"
            : error
              ? "border-red-300 bg-red-50/40"
              : "border-slate-300 bg-slate-50"
        }`}
      >
        <span className="flex size-11 items-center justify-center rounded-full bg-white text-teal-700 shadow-sm ring-1 ring-slate-200">
          <UploadIcon />
        </span>
        <p className="text-slate-700">
          {dragging ? (
            "Drop the file to choose it"
          ) : (
            <>
              <span className="pointer-coarse:hidden">Drag the file here, or choose it:</span>
              <span className="hidden pointer-coarse:inline">Choose the file:</span>
            </>
          )}
        </p>
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept={accept}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          className="max-w-full text-sm text-slate-600 file:mr-3 file:cursor-pointer file:rounded-lg file:border-0 file:bg-white file:px-4 file:py-2 file:text-sm file:font-semibold file:text-slate-800 file:shadow-sm file:ring-1 file:ring-slate-300 hover:file:bg-slate-50 disabled:opacity-60"
        />
        {file ? <p className="text-sm text-slate-500">{formatFileSize(file.size)}</p> : null}
      </fieldset>
      {error ? (
        <p
          id={`${id}-error`}
          role="alert"
          className="mt-2 flex gap-1.5 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800"
        >
          <span aria-hidden="true">⚠</span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
