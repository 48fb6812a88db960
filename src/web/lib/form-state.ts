import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useBlocker } from "react-router";
import type { FieldErrors } from "../../domain/validation.js";
import { ApiError } from "./api.js";
import { errorMessage } from "./error-message.js";

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
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _fixed, ...rest } = current;
      return rest;
    });
  }, []);

  const showErrors = useCallback(
    (fields: FieldErrors, message: string | null = null) => {
      const known = fieldOrder.filter((field) => fields[field]);
      // A message for something that is not a field here still has to be seen.
      const other = Object.entries(fields).find(
        ([field]) => !(fieldOrder as readonly string[]).includes(field),
      );
      flushSync(() => {
        setErrors(fields);
        setFormError(message ?? (other ? other[1] : null));
      });
      const first = known[0];
      if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
      else formErrorRef.current?.focus();
    },
    [fieldOrder, idPrefix],
  );

  /** Shows what the server said: field messages at the fields, anything else on top. */
  const showSubmitError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        showErrors(error.fields);
      } else {
        showErrors({}, errorMessage(error));
      }
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
