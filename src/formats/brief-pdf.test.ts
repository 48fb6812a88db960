import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfHasText, pdfPageCount } from "../../test/pdf-text.js";
import { type BriefInput, buildBrief } from "../domain/prepare/brief.js";
import { briefPdf, briefPdfFileName } from "./brief-pdf.js";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

function input(overrides: Partial<BriefInput> = {}): BriefInput {
  return {
    person: {
      name: "Łukasz Nguyễn",
      title: "Speech-language pathologist",
      phone: "410 555 0100",
      phoneExtension: null,
      source: "alumni",
      commonGround: "Both studied at Towson",
    },
    organization: { name: "Hopkins", mission: "Healing and discovery", website: null },
    introducer: { name: "Ravi Patel", mentionPermission: "no" },
    conversation: {
      startsAt: "2025-03-05T15:00:00.000Z",
      durationMinutes: 30,
      mode: "in_person",
      place: "Café Milano, 12 Main St",
    },
    timeZone: "UTC",
    objective: "Learn how clinics hire new graduates",
    pitch: "I am finishing my degree and hope to work with children.",
    questions: [
      { text: "How did you get into pediatric work?", fits: true },
      { text: "Which certifications matter most?", fits: false },
    ],
    research: {
      person: [{ body: "- Spoke at ASHA 2024", notedOn: "2026-09-01" }],
      organization: [],
    },
    checklist: [
      { label: "Arrive 5–10 minutes early", done: true },
      { label: "Résumé copies", done: false },
    ],
    ...overrides,
  };
}

describe("briefPdf", () => {
  it("writes one page with the embedded DejaVu font, so Łukasz Nguyễn reads as typed", async () => {
    const bytes = await briefPdf(buildBrief(input()), { compress: false });
    expect(latin1(bytes.slice(0, 5))).toBe("%PDF-");
    expect(pdfPageCount(bytes)).toBe(1);
    // The standard fonts are not used; the DejaVu subset is embedded (FontFile2).
    expect(latin1(bytes)).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSansCondensed-Bold/);
    expect(latin1(bytes)).toContain("/FontFile2");
    expect(latin1(bytes)).not.toContain("/Helvetica");
    expect(pdfHasText(bytes, "Łukasz Nguyễn")).toBe(true);
    expect(pdfHasText(bytes, "1. How did you get into pediatric work?")).toBe(true);
    expect(pdfHasText(bytes, "Ravi Patel (do not name them)")).toBe(true);
    expect(pdfHasText(bytes, "Café Milano")).toBe(true);
    expect(pdfHasText(bytes, "☑Arrive 5–10 minutes early")).toBe(true);
    expect(pdfHasText(bytes, "something not in it")).toBe(false);
  });

  it("keeps the fullest brief the domain allows on one page, A4 and Letter, compressed too", async () => {
    const long = (word: string, times: number) => Array(times).fill(word).join(" ");
    const fullest = buildBrief(
      input({
        person: { ...input().person, name: long("Wolfeschlegelsteinhausen", 10) },
        organization: {
          name: long("Organization", 20),
          mission: long("mission", 60),
          website: long("w", 80),
        },
        objective: long("objective", 100),
        pitch: long("pitch", 300),
        questions: Array.from({ length: 20 }, (_, index) => ({
          text: `Question ${index + 1} ${long("wherefore", 40)}`,
          fits: index < 12,
        })),
        research: {
          person: [
            {
              body: Array.from({ length: 12 }, () => `- ${long("research", 40)}`).join("\n"),
              notedOn: "2026-05-01",
            },
          ],
          organization: [],
        },
        checklist: Array.from({ length: 15 }, () => ({ label: long("bring", 30), done: false })),
      }),
    );
    for (const paper of ["a4", "letter"] as const) {
      const bytes = await briefPdf(fullest, { paper, compress: false });
      expect(pdfPageCount(bytes)).toBe(1);
      // The last section is there, not cut off: the type shrank to fit instead.
      expect(pdfHasText(bytes, "Come prepared (0 of 15)")).toBe(true);
      // 10 of 12 questions that fit and 4 of 8 spares shown; 8 of 12 research lines.
      expect(pdfHasText(bytes, "Spares:")).toBe(true);
      expect(pdfHasText(bytes, "and 6 more questions in Rapport")).toBe(true);
      expect(pdfHasText(bytes, "and 4 more in Rapport")).toBe(true);
      if (paper === "letter") writeFileSync(join(tmpdir(), "rapport-fullest-brief.pdf"), bytes);
    }
    const compressed = await briefPdf(fullest);
    expect(pdfPageCount(compressed)).toBe(1);
    expect(pdfHasText(compressed, "Come prepared (0 of 15)")).toBe(true);
  });

  it("names the file from the person's name in plain letters and the day", () => {
    const name = (person: string) =>
      briefPdfFileName(buildBrief(input({ person: { ...input().person, name: person } })));
    expect(name("Łukasz Nguyễn")).toBe("brief-lukasz-nguyen-2025-03-05.pdf");
    expect(name('Ann "O\'Neil" / ../etc')).toBe("brief-ann-oneil-etc-2025-03-05.pdf");
    expect(name("王")).toBe("brief-person-2025-03-05.pdf");
  });
});
