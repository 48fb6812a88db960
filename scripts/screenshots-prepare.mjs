// The preparation page and the one-page brief for the README screenshots: fills one upcoming
// conversation through the API (objective, research on the person and the organization, a
// plan with a spare, a pitch for the organization, a few ticks), then photographs both pages.
// Called by scripts/screenshots.mjs with its running app and pages.
import { join } from "node:path";
import { post } from "./screenshot-app.mjs";

const day = 24 * 60 * 60 * 1000;
const dateFromNow = (days) => new Date(Date.now() + days * day).toISOString().slice(0, 10);

const plan = [
  { text: "How did you move from academic research into a product team?", group: "person" },
  { text: "What does a typical week of studies look like for you?", group: "person" },
  {
    text: "How do you explain a research background to hiring managers?",
    group: "chances",
    tags: ["advice"],
  },
  {
    text: "Which methods is Brightline leaning on more this year, and why?",
    group: "field",
    tags: ["trends"],
  },
  { text: "What would you do differently if you started again?", group: "person" },
  {
    text: "Who else should I talk to about learning-science research?",
    group: "chances",
    tags: ["resources"],
  },
  {
    text: "What is one thing I could read or try before applying?",
    group: "chances",
    tags: ["assignments"],
    spare: true,
  },
];

/** Fills the conversation `activityId` with `person` (at `organizationId`) through the API. */
export async function preparePriya(url, { activityId, personId, organizationId }) {
  await post(
    url,
    `/api/conversations/${activityId}/preparation`,
    {
      objective:
        "Learn how Priya moved from academic research into UX, and get one more name, before applying in April",
      aboutThem:
        "Brightline makes tutoring software that adapts to how each student learns; their research team tests every feature with teachers first.",
      checklistDone: ["research", "quiet-place", "link-tested"],
    },
    "PATCH",
  );
  await post(url, "/api/research-notes", {
    personId,
    notedOn: dateFromNow(-6),
    body: "- Gave a talk on **diary studies with teachers** at UXR Conf 2024\n- Five years in a cognition lab before Brightline",
  });
  await post(url, "/api/research-notes", {
    organizationId,
    notedOn: dateFromNow(-3),
    body: "Launched a [reading tutor for grades 3–5](https://brightline-learning.example/reading) this autumn; hiring two researchers.",
  });
  for (const question of plan) {
    await post(url, `/api/conversations/${activityId}/plan`, question);
  }
  await post(
    url,
    `/api/pitches/organizations/${encodeURIComponent(organizationId)}`,
    {
      whoIAm:
        "I'm Jordan, finishing a cognitive science degree at the University of Maryland, and I'm looking at research roles in education technology",
      workIHope:
        "I hope to study how students actually learn with software, because tutoring a few kids a week showed me how much a good tool can change their day",
      learnToday:
        "Today I'd love to hear how you moved from the lab into product work, and what you would tell someone trying to do the same",
    },
    "PUT",
  );
}

/** The preparation page at laptop and phone sizes, and the brief at laptop size. */
export async function shootPrepare(url, activityId, { desktop, phone, docsDir }) {
  const preparePath = `${url}/conversations/${encodeURIComponent(activityId)}/prepare`;
  const ready = async (page) => {
    await page.getByRole("heading", { level: 1, name: /^Prepare:/ }).waitFor();
    await page.locator("[data-question-text]").first().waitFor();
    await page.getByTestId("pitch-seconds").waitFor();
    await page
      .getByRole("list", { name: "Research notes" })
      .first()
      .locator("li")
      .first()
      .waitFor();
  };
  await desktop.goto(preparePath);
  await ready(desktop);
  await desktop.screenshot({ path: join(docsDir, "screenshot-prepare.png"), fullPage: true });

  await phone.goto(preparePath);
  await ready(phone);
  // The whole page is some seven phone screens; the first two show what it is.
  await phone.screenshot({
    path: join(docsDir, "screenshot-prepare-phone.png"),
    fullPage: true,
    clip: { x: 0, y: 0, width: 390, height: 1688 },
  });

  await desktop.goto(`${url}/conversations/${encodeURIComponent(activityId)}/brief`);
  await desktop.locator("[data-brief]").getByRole("listitem").first().waitFor();
  await desktop.screenshot({ path: join(docsDir, "screenshot-brief.png"), fullPage: true });
}
