import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useBlocker } from "react-router";
import type { FieldErrors } from "../../domain/validation.js";
import { ApiError } from "./api.js";
import { errorMessage } from "./error-message.js";

/** The errors left once a field has been edited: its own message goes, the others stay. */
export function withoutFieldError(errors: FieldErrors, field: string): FieldErrors {
  if (!(field in errors)) return errors;
  const { [field]: _fixed, ...rest } = errors;
  return rest;
}

/**
 * Where errors show: the first field (in the form's order) that has one takes focus; the
 * form-wide message is the one given, else a message for something that is not a field
 * here, which still has to be seen.
 */
export function placeErrors(
  fieldOrder: readonly string[],
  fields: FieldErrors,
  message: string | null = null,
): { firstField: string | null; formError: string | null } {
  const first = fieldOrder.find((field) => fields[field]) ?? null;
  const other = Object.entries(fields).find(([field]) => !fieldOrder.includes(field));
  return { firstField: first, formError: message ?? (other ? other[1] : null) };
}

/** What a failed submit shows: the server's field messages at the fields, anything else on top. */
export function submitErrors(error: unknown): { fields: FieldErrors; message: string | null } {
  if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
    return { fields: error.fields, message: null };
  }
  return { fields: {}, message: errorMessage(error) };
}

/**
 * Values, per-field errors and the form-wide error of a form whose fields are all text.
 * Errors come from the shared schema on submit or from the API's `fields`, and look the
 * same either way; showing them moves focus to the first field that needs fixing.
 */
export function useFormState<Field extends string>(
  fieldOrder: readonly Field[],
  idPrefix: string,
  initial: Record<Field, string>,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const formErrorRef = useRef<HTMLDivElement>(null);

  const setValue = useCallback((field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setDirty(true);
    setErrors((current) => withoutFieldError(current, field));
  }, []);

  const showErrors = useCallback(
    (fields: FieldErrors, message: string | null = null) => {
      const { firstField, formError } = placeErrors(fieldOrder, fields, message);
      flushSync(() => {
        setErrors(fields);
        setFormError(formError);
      });
      if (firstField) document.getElementById(`${idPrefix}-${firstField}`)?.focus();
      else formErrorRef.current?.focus();
    },
    [fieldOrder, idPrefix],
  );

  /** Shows what the server said: field messages at the fields, anything else on top. */
  const showSubmitError = useCallback(
    (error: unknown) => {
      const { fields, message } = submitErrors(error);
      showErrors(fields, message);
    },
    [showErrors],
  );

  const clearErrors = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  return {
    values,
    setValue,
    errors,
    formError,
    formErrorRef,
    dirty,
    showErrors,
    showSubmitError,
    clearErrors,
  };
}

/**
 * Asks before leaving a form with unsaved changes, inside the app (a dialog) and when
 * closing or reloading the tab (the browser's own prompt). `allowLeaving()` lets a
 * successful save navigate away without asking.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (allowed.current) return;
      event.preventDefault();
    }
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  return {
    blocker,
    allowLeaving: () => {
      allowed.current = true;
    },
  };
}
