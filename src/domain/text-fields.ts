import { z } from "zod";

/**
 * Optional free text: trimmed, and an empty string means "not given" (null), so a form
 * that clears a field and an API call that omits it store the same thing.
 */
export function optionalText(label: string, maxLength: number) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(maxLength, { error: `${label} is too long (at most ${maxLength} characters)` })
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Required one-line text, trimmed. */
export function requiredText(label: string, maxLength: number) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .trim()
    .min(1, { error: `Enter ${label.toLowerCase()}` })
    .max(maxLength, { error: `${label} is too long (at most ${maxLength} characters)` });
}

/** An http(s) address; a bare "example.com" is accepted and given https://. */
export function optionalWebAddress(label: string) {
  return optionalText(label, 500).pipe(
    z
      .string()
      .nullable()
      .transform((value, context) => {
        if (value === null) return null;
        const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
        try {
          const url = new URL(withScheme);
          if (
            (url.protocol === "http:" || url.protocol === "https:") &&
            url.hostname.includes(".")
          ) {
            return url.toString();
          }
        } catch {
          // fall through to the message below
        }
        context.addIssue({
          code: "custom",
          message: `Enter ${label.toLowerCase()} like https://example.com/…`,
        });
        return z.NEVER;
      }),
  );
}
