import { describe, expect, it } from "vitest";
import { coachOutreach } from "./coach/coach-outreach.js";
import { type OutreachKind, outreachKinds } from "./draft-purpose.js";
import {
  builtInTemplates,
  describeWindow,
  draftOutreach,
  fillTemplate,
  mergeFields,
  type OutreachDraftRequest,
  specificPlaceholder,
} from "./outreach-draft.js";

const profile: OutreachDraftRequest["profile"] = {
  name: "Maya Chen",
  schoolOrRole: "Ohio State University",
  searchStatus: "student",
};
const person: OutreachDraftRequest["person"] = {
  name: "Dr. Jane Okafor",
  title: "Director of Clinical Research",
  organizationName: "Mercy Health",
  commonGround: "we both grew up in Columbus",
  referredByName: "Priya Shah",
  mentionPermission: "yes",
};

function draft(kind: OutreachKind, overrides: Partial<OutreachDraftRequest> = {}) {
  return draftOutreach({
    kind,
    profile,
    person,
    interests: ["clinical research"],
    window: { place: "Baltimore", from: "2026-10-10", to: "2026-10-15" },
    ...overrides,
  });
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe("draftOutreach", () => {
  it("writes the six parts for a person with a permitted introducer", () => {
    const { subject, body } = draft("email");
    expect(subject).toBe("Priya Shah suggested I get in touch");
    expect(body).toMatch(/^Hello Jane,\n\nPriya Shah suggested I get in touch with you\. My name/);
    expect(body).toContain(
      "Maya Chen (Ohio State University), and I'm a student looking into clinical research.",
    );
    // The common ground is the reason for writing to her, in the first lines.
    expect(body).toContain("clinical research. We both grew up in Columbus.\n");
    expect(body).toContain("not asking you for a job");
    expect(body).toContain(
      "20 minutes for a conversation while I'm in Baltimore, between 10 and 15 October?",
    );
    expect(body).toMatch(/Best regards,\nMaya Chen$/);
    expect(wordsIn(body)).toBeLessThanOrEqual(150);
  });

  it.each(["03", "05", "06", "12"])(
    "gets no coach findings whatever the month of the window (month %s), without a place",
    (month) => {
      // "between 10 and 24 March": the tagger reads March as a verb; the coach must not
      // then ask for a window the draft already proposes.
      const { body } = draft("email", {
        window: { from: `2027-${month}-10`, to: `2027-${month}-24` },
      });
      expect(
        coachOutreach({
          text: body,
          kind: "email",
          introducer: { name: "Priya Shah", permission: "yes" },
        }),
      ).toEqual([]);
    },
  );

  it("leaves the introducer out without permission", () => {
    for (const mentionPermission of ["no", "not_asked"] as const) {
      const { subject, body } = draft("email", { person: { ...person, mentionPermission } });
      expect(body).not.toContain("Priya");
      expect(subject).not.toContain("Priya");
      expect(body).toMatch(/^Hello Jane,\n\nMy name is/);
    }
  });

  it("marks a placeholder when nothing specific is known, and the coach flags it", () => {
    const bare = {
      ...person,
      title: null,
      organizationName: null,
      commonGround: null,
      referredByName: null,
      mentionPermission: "not_asked" as const,
    };
    for (const kind of outreachKinds) {
      const { body } = draft(kind, { person: bare });
      expect(body).toContain(specificPlaceholder);
      const codes = coachOutreach({ text: body, kind }).map((finding) => finding.code);
      expect(codes.sort()).toEqual(["nothing_specific", "unfilled_merge"]);
    }
  });

  it("uses common ground as the specific thing; a title and organization alone leave a blank", () => {
    const common = draft("email", { person: { ...person, title: null, organizationName: null } });
    expect(common.body).toContain(" We both grew up in Columbus.");
    const work = draft("email", { person: { ...person, commonGround: null } });
    // Her title and employer say nothing about why her: praise of them would fit anyone.
    expect(work.body).toContain(
      `What drew me to your work at Mercy Health is ${specificPlaceholder}.`,
    );
    expect(work.body).not.toContain("Director of Clinical Research");
    const codes = coachOutreach({
      text: work.body,
      kind: "email",
      introducer: { name: "Priya Shah", permission: "yes" },
    }).map((finding) => finding.code);
    expect(codes.sort()).toEqual(["nothing_specific", "unfilled_merge"]);
  });

  it.each([
    ["Dr. Ruth Adler", "Hopkins Vision Lab", "we both studied at Brown"],
    ["Sam Okafor", "Acme Robotics", "Ohio State alumni"],
    ["Priya Raman, PhD", "Mercy Health", "same hometown (Dayton)"],
    ["Ludwig van Dijk", null, "We both grew up in Utrecht."],
    ["Kenji Watanabe", "Ørsted", "we met at PyCon 2019"],
  ])(
    "for %s at %s, common ground passes the coach; without it the blank is flagged until filled",
    (name, organizationName, commonGround) => {
      for (const kind of outreachKinds) {
        const someone = { ...person, name, organizationName, title: "Senior Designer" };
        const introducer = { name: "Priya Shah", permission: "yes" } as const;
        const codes = (body: string) =>
          coachOutreach({ text: body, kind, introducer }).map((finding) => finding.code);
        expect(codes(draft(kind, { person: { ...someone, commonGround } }).body)).toEqual([]);
        const blank = draft(kind, { person: { ...someone, commonGround: null } }).body;
        expect(codes(blank).sort()).toEqual(["nothing_specific", "unfilled_merge"]);
        const filled = blank.replace(
          specificPlaceholder,
          "your study of how clinics schedule follow-up visits",
        );
        expect(codes(filled)).toEqual([]);
      }
    },
  );

  it("proposes the next two weeks and the chosen length when no window is given", () => {
    const { body } = draft("network_message", { window: undefined, lengthMinutes: 15 });
    expect(body).toContain("15 minutes for a call in the next two weeks?");
  });

  it("fills the user's own template, leaving unknown fields for the coach", () => {
    const { body } = draft("email", {
      template: "Hi {{first_name}} at {{ organization }}, {{my_name}} here. {{favourite_color}}",
    });
    expect(body).toBe("Hi Jane at Mercy Health, Maya Chen here. {{favourite_color}}");
  });

  it.each(outreachKinds)("gives a fully-filled built-in %s draft no coach findings", (kind) => {
    const { body } = draft(kind);
    const introducer = { name: "Priya Shah", permission: "yes" } as const;
    expect(coachOutreach({ text: body, kind, introducer })).toEqual([]);
    const withoutIntroducer = draft(kind, {
      person: { ...person, mentionPermission: "not_asked" },
      window: undefined,
    });
    expect(coachOutreach({ text: withoutIntroducer.body, kind })).toEqual([]);
  });
});

describe("fillTemplate", () => {
  it("replaces known fields and leaves the rest as they are", () => {
    expect(fillTemplate("{{a}} {{ b }} {{c}}", { a: "1", b: "" })).toBe("1  {{c}}");
  });

  it("each built-in template uses only the documented fields", () => {
    for (const template of Object.values(builtInTemplates)) {
      const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
      for (const name of names) expect(mergeFields).toContain(name);
    }
  });
});

describe("describeWindow", () => {
  it.each([
    [{ from: "2026-09-28", to: "2026-10-03" }, "between 28 September and 3 October"],
    [{ from: "2026-10-10" }, "on or after 10 October"],
    [{ to: "2026-10-15" }, "before 15 October"],
    [{ place: "Denver" }, "while I'm in Denver, in the next two weeks"],
    [undefined, "in the next two weeks"],
  ])("describes %j", (window, expected) => {
    expect(describeWindow(window)).toBe(expected);
  });
});
