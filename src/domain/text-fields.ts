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

/**
 * The id a client made for a record it creates (a UUID, kept in lower case), so that
 * sending the same create again (an offline outbox replaying) makes no second record.
 */
export function clientId() {
  return z
    .uuid({ error: "The id must be a UUID" })
    .transform((id) => id.toLowerCase())
    .optional();
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

/** An optional e-mail address, stored in lower case. */
export function optionalEmail(label: string) {
  return optionalText(label, 320).pipe(
    z
      .email({ error: "Enter an email address like name@example.com" })
      .transform((email) => email.toLowerCase())
      .nullable(),
  );
}

// Digits with the usual separators; at least 5 digits so "n/a" or "call me" is caught.
const phonePattern = /^\+?[0-9 ().\-/]+$/;

/** An optional phone number. */
export function optionalPhone(label: string) {
  return optionalText(label, 40).pipe(
    z
      .string()
      .regex(phonePattern, { error: "Use digits, spaces, +, -, ( ) for the phone number" })
      .refine((phone) => phone.replace(/\D/g, "").length >= 5, {
        error: "Enter a phone number with at least 5 digits",
      })
      .nullable(),
  );
}

// Wide enough for any log entry, narrow enough that every instant stays four-digit-year
// ISO text (sortable, and readable by every date function Today and the calendar use).
const earliestInstant = Date.parse("1900-01-01T00:00:00Z");
const latestInstant = Date.parse("2999-12-31T23:59:59.999Z");

/** A date and time with its offset ("2026-10-14T10:00:00-04:00"), stored as UTC ISO text. */
export function instant(label: string) {
  return z.iso
    .datetime({ offset: true, error: `Enter ${label} as a date and time` })
    .refine(
      (text) => {
        const time = Date.parse(text);
        return time >= earliestInstant && time <= latestInstant;
      },
      { error: `Enter ${label} as a date between 1900 and 2999` },
    )
    .transform((text) => new Date(text).toISOString());
}
