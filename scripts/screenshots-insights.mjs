// Insights for the README screenshots: a dozen held conversations over ten weeks across three
// interests, with introductions, takeaways that say the same thing in different words, and
// reflections, so every section has something true to show. Called by scripts/screenshots.mjs
// with its running app and pages, after the other screens are photographed.
import { join } from "node:path";
import { post } from "./screenshot-app.mjs";

const day = 24 * 60 * 60 * 1000;
const ago = (days) => new Date(Date.now() - days * day).toISOString();

const interests = [
  { kind: "field", label: "UX research" },
  { kind: "field", label: "Learning design" },
  { kind: "role", label: "Product manager" },
];

// name, organization, source, location, interest (index), introducer (index into this list), story
const cast = [
  ["Ana Souza", "Northwind Health", "friend", "Baltimore, MD", 0, null, "thanked"],
  ["Ben Okafor", "Northwind Health", "alumni", "Baltimore, MD", 0, 0, "thanked"],
  ["Chloe Martin", "Brightline", "networking_site", "Washington, DC", 1, null, "kept"],
  ["Dev Patel", "Brightline", "referral", "Washington, DC", 1, 2, "met"],
  ["Elena Rossi", "Lumen Labs", "alumni", "Remote", 2, null, "thanked"],
  ["Farah Haddad", "Lumen Labs", "referral", "Remote", 2, 4, "scheduled"],
  [
    "Gabe Lindqvist",
    "Civic Design Lab",
    "organization_website",
    "Baltimore, MD",
    0,
    null,
    "declined",
  ],
  ["Hana Kim", "Civic Design Lab", "referral", "Baltimore, MD", 0, 1, "thanked"],
  ["Ivan Petrov", "Atlas Learning", "networking_site", "Philadelphia, PA", 1, null, "replied"],
  ["Jade Moreau", "Atlas Learning", "cold", "Philadelphia, PA", 1, null, "contacted"],
  ["Kofi Mensah", "Northwind Health", "referral", "Baltimore, MD", 0, 7, "met"],
  ["Lena Fischer", "Orbit Apps", "networking_site", "Remote", 2, null, "contacted"],
  ["Marco Bianchi", "Orbit Apps", "cold", "Remote", 2, null, "identified"],
  ["Nora Walsh", "Brightline", "referral", "Washington, DC", 1, 3, "identified"],
];

const takeawaysByInterest = [
  [
    { tag: "skill", text: "Learn SQL" },
    { tag: "skill", text: "Interviewing skills matter more than tools" },
    { tag: "advice", text: "Volunteer for a usability study" },
    { tag: "trend", text: "Teams want researchers who can read product analytics" },
  ],
  [
    { tag: "skill", text: "SQL skills" },
    { tag: "advice", text: "Build a portfolio of two small courses" },
    { tag: "qualification", text: "An instructional design certificate helps" },
  ],
  [
    { tag: "skill", text: "Get better at SQL" },
    { tag: "path", text: "Start in support or QA and move across" },
    { tag: "advice", text: "Volunteer for a usability study" },
  ],
];

/** Seeds the people and their history through the API; returns nothing. */
export async function seedInsights(url) {
  const targets = [];
  for (const interest of interests) {
    targets.push((await post(url, "/api/targets", interest)).target);
  }
  const people = [];
  for (const [
    index,
    [name, organizationName, source, location, interest, introducer],
  ] of cast.entries()) {
    const { person } = await post(url, "/api/people", {
      name,
      organizationName,
      source,
      location,
      targetIds: [targets[interest].id],
      referredById: introducer === null ? null : people[introducer].id,
    });
    people.push(person);
    const story = cast[index][6];
    const start = 70 - index * 4;
    const log = (kind, days, extra = {}) =>
      post(url, `/api/people/${person.id}/activities`, { kind, occurredAt: ago(days), ...extra });
    if (story === "identified") continue;
    await log(index % 3 === 0 ? "letter_sent" : "email_sent", start);
    if (story === "contacted") continue;
    if (story === "declined") {
      await log("declined", start - 6, { outcome: "try_someone_else" });
      continue;
    }
    await log("reply_received", start - 1 - (index % 5));
    if (story === "replied") continue;
    const { conversation } = await post(url, "/api/conversations", {
      personId: person.id,
      scheduledFor: story === "scheduled" ? ago(-3) : ago(start - 9),
      durationMinutes: 30,
      channel: index % 2 ? "video" : "in_person",
    });
    if (story === "scheduled") continue;
    const id = encodeURIComponent(conversation.activityId);
    await post(url, `/api/conversations/${id}/held`, {});
    for (const takeaway of takeawaysByInterest[interest]) {
      await post(url, `/api/conversations/${id}/takeaways`, takeaway);
    }
    await post(
      url,
      `/api/conversations/${id}/reflection`,
      {
        ratings: {
          confidence: 2 + (index % 3),
          competence: 3 + (index % 2),
          communication: 3 + (index % 3 === 0 ? 1 : 0),
          character: 4,
          chemistry: 3 + (index % 2),
        },
      },
      "PUT",
    );
    if (story === "met") continue;
    await log("thank_you_sent", start - 9.5);
    if (story === "kept") await log("update_sent", start - 30);
  }
}

/** Themes and the effort funnel on a laptop, the referral network on a phone. */
export async function shootInsights(url, { desktop, phone, docsDir }) {
  await desktop.goto(`${url}/insights`);
  await desktop.getByRole("heading", { level: 1, name: "Insights" }).waitFor();
  await desktop
    .getByRole("button", { name: /What was counted together/ })
    .first()
    .click();
  await desktop.screenshot({
    path: join(docsDir, "screenshot-insights-themes.png"),
    fullPage: true,
  });
  await desktop.goto(`${url}/insights?section=effort`);
  await desktop.getByRole("table", { name: /funnel/i }).waitFor();
  await desktop.locator(".uplot").first().waitFor();
  await desktop.screenshot({
    path: join(docsDir, "screenshot-insights-effort.png"),
    fullPage: true,
  });
  await phone.goto(`${url}/insights?section=network`);
  await phone.getByTestId("network-graph").getByRole("link").first().waitFor();
  await phone.screenshot({
    path: join(docsDir, "screenshot-insights-network-phone.png"),
    fullPage: true,
  });
}
