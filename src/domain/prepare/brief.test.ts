import { describe, expect, it } from "vitest";
import { type BriefInput, briefDay, briefLimits, buildBrief, moreInRapport } from "./brief.js";
import { clip, noteLines, plainInline } from "./brief-text.js";

function input(overrides: Partial<BriefInput> = {}): BriefInput {
  return {
    person: {
      name: "Maya Chen",
      title: "Speech-language pathologist",
      phone: "410 555 0100",
      phoneExtension: "12",
      source: "alumni",
      commonGround: "Both studied at Towson",
    },
    organization: {
      name: "Hopkins",
      mission: "Healing, teaching and discovery",
      website: "https://hopkins.example.org",
    },
    introducer: { name: "Ravi Patel", mentionPermission: "yes" },
    conversation: {
      startsAt: "2025-03-06T01:30:00.000Z",
      durationMinutes: 45,
      mode: "video",
      place: "https://meet.example.com/maya",
    },
    timeZone: "America/New_York",
    objective: "Learn how clinics hire new graduates by Friday",
    pitch:
      "I am finishing my degree. I hope to work with children. I want to learn how you started.",
    questions: [
      { text: "How did you get into pediatric work?", fits: true },
      { text: "What does a typical week look like?", fits: true },
      { text: "Which certifications matter most?", fits: false },
    ],
    research: {
      person: [
        {
          body: "Spoke at **ASHA 2024** on [early screening](https://example.com)",
          notedOn: "2026-09-01",
        },
      ],
      organization: [
        { body: "# Hopkins\n\nOld paragraph", notedOn: "2026-01-10" },
        { body: "- Opened a clinic in *Towson*\n- Hiring for fall", notedOn: "2026-10-10" },
      ],
    },
    checklist: [
      { label: "A quiet place", done: true },
      { label: "The link tested", done: false },
    ],
    ...overrides,
  };
}

describe("buildBrief", () => {
  it("gives every section in the explorer's zone, questions numbered, research newest first", () => {
    expect(buildBrief(input())).toEqual({
      header: {
        name: "Maya Chen",
        title: "Speech-language pathologist",
        organization: "Hopkins",
        when: "Wednesday 5 March 2025, 8:30 PM EST",
        day: "2025-03-05",
        length: "45 minutes, until 9:15 PM EST",
        mode: "Video",
        where: "https://meet.example.com/maya",
        link: "https://meet.example.com/maya",
        theirPhone: "410 555 0100 ext. 12",
      },
      whoTheyAre: {
        mission: "Healing, teaching and discovery",
        website: "https://hopkins.example.org",
        howFound: "Alumni",
        commonGround: "Both studied at Towson",
        introducer: { name: "Ravi Patel", permission: "yes", mayName: "you may name them" },
      },
      objective: "Learn how clinics hire new graduates by Friday",
      pitch:
        "I am finishing my degree. I hope to work with children. I want to learn how you started.",
      questions: {
        top: [
          { number: 1, text: "How did you get into pediatric work?" },
          { number: 2, text: "What does a typical week look like?" },
        ],
        spares: ["Which certifications matter most?"],
        notShown: 0,
      },
      research: {
        bullets: [
          {
            text: "Spoke at ASHA 2024 on early screening",
            about: "person",
            notedOn: "2026-09-01",
            dated: "1 Sept 2026",
          },
          {
            text: "Opened a clinic in Towson",
            about: "organization",
            notedOn: "2026-10-10",
            dated: "10 Oct 2026",
          },
          {
            text: "Hiring for fall",
            about: "organization",
            notedOn: "2026-10-10",
            dated: "10 Oct 2026",
          },
          { text: "Hopkins", about: "organization", notedOn: "2026-01-10", dated: "10 Jan 2026" },
        ],
        more: 0,
      },
      checklist: {
        items: [
          { label: "A quiet place", done: true },
          { label: "The link tested", done: false },
        ],
        done: 1,
        total: 2,
      },
    });
  });

  it("says what is missing: no organization, introducer, mode, phone, objective or pitch", () => {
    const brief = buildBrief(
      input({
        person: {
          name: "Łukasz Nguyễn",
          title: null,
          phone: null,
          phoneExtension: null,
          source: null,
          commonGround: null,
        },
        organization: null,
        introducer: null,
        conversation: {
          startsAt: "2025-03-05T09:30:00.000Z",
          durationMinutes: 1,
          mode: null,
          place: "  Café   Milano ",
        },
        timeZone: "UTC",
        objective: "   ",
        pitch: null,
        questions: [],
        research: { person: [], organization: [] },
        checklist: [],
      }),
    );
    expect(brief.header).toEqual({
      name: "Łukasz Nguyễn",
      title: null,
      organization: null,
      when: "Wednesday 5 March 2025, 9:30 AM UTC",
      day: "2025-03-05",
      length: "1 minute, until 9:31 AM UTC",
      mode: null,
      where: "Café Milano",
      link: null,
      theirPhone: null,
    });
    expect(brief.whoTheyAre).toEqual({
      mission: null,
      website: null,
      howFound: null,
      commonGround: null,
      introducer: null,
    });
    expect(brief.objective).toBeNull();
    expect(brief.pitch).toBeNull();
    expect(brief.questions).toEqual({ top: [], spares: [], notShown: 0 });
    expect(brief.research).toEqual({ bullets: [], more: 0 });
    expect(brief.checklist).toEqual({ items: [], done: 0, total: 0 });
  });

  it("tells the introducer's permission as a note to self", () => {
    const permission = (mentionPermission: "no" | "not_asked") =>
      buildBrief(input({ introducer: { name: "Ravi Patel", mentionPermission } })).whoTheyAre
        .introducer?.mayName;
    expect(permission("no")).toBe("do not name them");
    expect(permission("not_asked")).toBe("not asked yet: ask before naming them");
  });

  it("bounds everything so the brief fits one page: long texts end with …, extras are counted", () => {
    const long = (word: string, times: number) => Array(times).fill(word).join(" ");
    const brief = buildBrief(
      input({
        objective: long("objective", 100),
        pitch: long("pitch", 300),
        person: { ...input().person, commonGround: long("ground", 100) },
        questions: [
          ...Array.from({ length: 14 }, (_, index) => ({
            text: `Question ${index + 1} ${long("why", 80)}`,
            fits: true,
          })),
          ...Array.from({ length: 6 }, (_, index) => ({ text: `Spare ${index + 1}`, fits: false })),
        ],
        research: {
          person: [
            {
              body: Array.from({ length: 7 }, (_, i) => `- fact ${i}`).join("\n"),
              notedOn: "2026-05-01",
            },
          ],
          organization: [
            { body: `* ${long("news", 60)}\n* second\n* third`, notedOn: "2026-06-01" },
          ],
        },
        checklist: Array.from({ length: 15 }, (_, index) => ({
          label: `Item ${index + 1} ${long("bring", 30)}`,
          done: index < 3,
        })),
      }),
    );
    expect(brief.objective).toHaveLength(390);
    expect(brief.objective?.endsWith("objective…")).toBe(true);
    expect(brief.pitch?.length).toBeLessThanOrEqual(briefLimits.pitch);
    expect(brief.pitch?.endsWith("pitch…")).toBe(true);
    expect(brief.whoTheyAre.commonGround?.endsWith("ground…")).toBe(true);
    expect(brief.questions.top.map((question) => question.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(brief.questions.top[0]?.text).toHaveLength(199);
    expect(brief.questions.top[0]?.text.endsWith("why…")).toBe(true);
    expect(brief.questions.spares).toEqual(["Spare 1", "Spare 2", "Spare 3", "Spare 4"]);
    // 4 questions that fit and 2 spares had no room.
    expect(brief.questions.notShown).toBe(6);
    // The organization's note is newer but the person's come first; 10 lines, 8 shown.
    expect(brief.research.bullets.map((bullet) => bullet.text.slice(0, 9))).toEqual([
      "fact 0",
      "fact 1",
      "fact 2",
      "fact 3",
      "fact 4",
      "fact 5",
      "fact 6",
      "news news",
    ]);
    expect(brief.research.bullets[7]?.text).toHaveLength(155);
    expect(brief.research.more).toBe(2);
    expect(moreInRapport(brief.research.more)).toBe("and 2 more in Rapport");
    expect(brief.checklist.items).toHaveLength(12);
    expect(brief.checklist.items[0]?.label.endsWith("bring…")).toBe(true);
    expect(brief.checklist).toMatchObject({ done: 3, total: 15 });
  });
});

describe("the brief's text", () => {
  it("clips at a word with … within the limit, and inside a word that takes the whole room", () => {
    expect(clip("one two three", 13)).toBe("one two three");
    expect(clip("one two three", 12)).toBe("one two…");
    expect(clip("one two, three", 12)).toBe("one two…");
    expect(clip("https://example.com/a/very/long/path", 20)).toBe("https://example.com…");
    expect(clip("  spread \n over\tlines ", 40)).toBe("spread over lines");
  });

  it("reads Markdown as plain text: no marks, no raw HTML, link words kept", () => {
    expect(
      plainInline(
        "**Bold** and *em*, `code`, [a link](https://x.example) <b>tag</b> ![logo](a.png) <https://y.example> snake_case _em_",
      ),
    ).toBe("Bold and em, code, a link tag logo https://y.example snake_case em");
    expect(plainInline('<script>alert("x")</script>Hi')).toBe('alert("x") Hi');
  });

  it("takes a note's list items, else its first line; skips code, rules and tables", () => {
    expect(noteLines("Intro paragraph\n\n- one\n* two\n1. three\n- [x] done task")).toEqual([
      "one",
      "two",
      "three",
      "done task",
    ]);
    expect(noteLines("```\n- not a bullet\n```\n---\n## Heading ##\nBody")).toEqual(["Heading"]);
    expect(noteLines("> quoted first line\nsecond")).toEqual(["quoted first line"]);
    expect(noteLines("   \n\n")).toEqual([]);
  });

  it("writes a note's day without a zone", () => {
    expect(briefDay("2026-10-10")).toBe("10 Oct 2026");
  });
});
