/**
 * The few pages the LAN listener answers by itself, before a device is paired: plain
 * HTML with its style inline, so they need no script or asset (none is served unpaired).
 */

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);

function page(title: string, paragraphs: readonly string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Rapport</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1.25rem;background:#f8fafc;color:#0f172a;line-height:1.5}
main{max-width:32rem;margin:0 auto;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem;padding:1.5rem}
h1{font-size:1.375rem;margin:0 0 .75rem}p{margin:.5rem 0;color:#334155}code{background:#f1f5f9;padding:0 .25rem;border-radius:.25rem}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n")}
</main>
</body>
</html>
`;
}

const howToPair =
  "On the computer Rapport runs on, open <strong>Settings → Phones and tablets</strong>, choose <strong>Pair a phone</strong>, and scan the code or open the link on this device.";

/** Any page asked for on the LAN without a paired device's cookie (401). */
export const pairFirstPage = page("Pair this device first", [
  "Rapport keeps your contacts private: on your network, it opens only on phones and tablets you have paired with it.",
  howToPair,
]);

/** A revoked device, or a cookie Rapport no longer knows (401). */
export const pairAgainPage = page("Pair this device again", [
  "This device is no longer paired with Rapport, so it cannot open your data.",
  howToPair,
]);

/** A pairing link looked at without being opened (HEAD, prefetch): nothing is used up. */
export const openToPairPage = page("Open this link to pair", [
  "Open this link in the browser of the phone or tablet you want to pair.",
]);

/** A pairing link that did not pair, with why. */
export function pairingRefusedPage(reason: "unknown" | "used" | "expired"): string {
  const why = {
    unknown: "This pairing link is not one Rapport made, or it was mistyped.",
    used: "This pairing link has already been used: each link pairs one device, once.",
    expired: "This pairing link has expired: a link works for 10 minutes.",
  }[reason];
  return page("This pairing link does not work", [escapeHtml(why), `Make a new one: ${howToPair}`]);
}
