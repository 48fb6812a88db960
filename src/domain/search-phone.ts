/**
 * Phone numbers in search. People write the same number many ways ("(410) 555-0100",
 * "410.555.0100", "+1 410 555 0100", "0410 5550100"), so the index holds the number's
 * digits run together and every trailing part of them (down to four digits), and a query
 * that is a phone number becomes its digits without the country code or trunk 0. Then any
 * spelling of the number, with or without "+1", finds it, as does its last part alone.
 */

/** Fewer digits than this in a query are ordinary words (a year, a room number). */
const phoneQueryDigits = 7;
/** The shortest trailing part indexed: an extension-like "0100". */
const shortestTail = 4;

// ITU country calling codes are prefix-free: "1" and "7" alone, these two-digit ones, and
// otherwise three digits (e.g. 353 Ireland, 971 United Arab Emirates).
const twoDigitCodes = new Set(
  (
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 " +
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98"
  ).split(" "),
);

function countryCodeLength(digits: string): number {
  if (digits.startsWith("1") || digits.startsWith("7")) return 1;
  return twoDigitCodes.has(digits.slice(0, 2)) ? 2 : 3;
}

/** The words a phone number adds to the index (not shown): its digits and their tails. */
export function phoneSearchWords(phone: string | null): string[] {
  const digits = (phone ?? "").replace(/\D/g, "");
  if (digits.length < shortestTail) return [];
  const words: string[] = [];
  for (let start = 0; start <= digits.length - shortestTail; start += 1)
    words.push(digits.slice(start));
  return words;
}

/**
 * The one search term for a query that is a phone number (digits, spaces, dashes, dots,
 * parentheses, a leading + or 00), or null for any other query. An ISO date is not one.
 */
export function phoneQueryTerm(rawQuery: string): string | null {
  const query = rawQuery.trim();
  if (!/^\+?[\d\s\-.()/]+$/.test(query) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(query)) return null;
  let digits = query.replace(/\D/g, "");
  if (digits.length < phoneQueryDigits) return null;
  const international = query.startsWith("+") || digits.startsWith("00");
  if (digits.startsWith("00")) digits = digits.slice(2);
  if (international) digits = digits.slice(countryCodeLength(digits));
  else if (digits.startsWith("0")) digits = digits.slice(1);
  return digits.length >= shortestTail ? digits : null;
}
