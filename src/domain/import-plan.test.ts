import { describe, expect, it } from "vitest";
import { type IncomingContact, type IncomingRow, planImport, profileKey } from "./import-plan.js";
import type { Person } from "./person.js";

const options = { source: "networking_site" as const, sourceLabel: "LinkedIn" };

function contact(overrides: Partial<IncomingContact>): IncomingContact {
  return {
    name: "Someone",
    title: null,
    organizationName: null,
    emails: [],
    phones: [],
    profileUrl: null,
    location: null,
    workAddress: null,
    notes: null,
    connectedOn: null,
    invalidEmails: [],
    ...overrides,
  };
}

function person(overrides: Partial<Person>): Person {
  return {
    id: "p1",
    name: "Someone",
    title: null,
    organizationId: null,
    organizationName: null,
    email: null,
    phone: null,
    phoneExtension: null,
    workAddress: null,
    location: null,
    profileUrl: null,
    source: null,
    commonGround: null,
    notes: null,
    referredById: null,
    referredByName: null,
    mentionPermission: "not_asked",
    targetIds: [],
    routine: null,
    keepInTouchMonths: null,
    stage: "identified",
    lastTouchAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

const rows = (...contacts: Array<IncomingContact | string>): IncomingRow[] =>
  contacts.map((entry, index) =>
    typeof entry === "string"
      ? { row: index + 2, error: entry }
      : { row: index + 2, contact: entry },
  );

describe("planImport", () => {
  it("adds new people with the file's source and keeps extra values in notes", () => {
    const plan = planImport(
      [],
      rows(
        contact({
          name: "Ada Lovelace",
          organizationName: "Analytical Engines",
          emails: ["ada@example.com", "ada@home.example"],
          phones: [{ number: "+44 20 7946 0000", extension: "12" }],
          connectedOn: "2024-03-12",
        }),
      ),
      options,
    );
    expect(plan.counts).toEqual({ add: 1, merge: 0, skip: 0, reject: 0 });
    expect(plan.rows[0]?.draft).toMatchObject({
      name: "Ada Lovelace",
      email: "ada@example.com",
      phone: "+44 20 7946 0000",
      phoneExtension: "12",
      source: "networking_site",
      notes: "Other email: ada@home.example\nConnected on LinkedIn on 2024-03-12",
    });
  });

  it("recognises the same person by email, by profile address, and by name at the same organization", () => {
    const existing = [
      person({ id: "by-email", name: "A", email: "a@x.example" }),
      person({ id: "by-profile", name: "B", profileUrl: "https://www.linkedin.com/in/bee/" }),
      person({ id: "by-name", name: "Chloé  Martin", organizationName: "Acme" }),
    ];
    const plan = planImport(
      existing,
      rows(
        contact({ name: "A. Person", emails: ["A@X.example"], title: "Analyst" }),
        contact({ name: "Bee", profileUrl: "http://linkedin.com/in/bee?trk=abc", title: "Buyer" }),
        contact({ name: "chloe martin", organizationName: "ACME", title: "Counsel" }),
        contact({ name: "Chloé Martin", organizationName: "Other Co" }),
      ),
      options,
    );
    expect(plan.rows.map((row) => [row.action, row.matchedPersonId])).toEqual([
      ["merge", "by-email"],
      ["merge", "by-profile"],
      ["merge", "by-name"],
      ["add", null],
    ]);
    expect(plan.rows[0]?.reason).toContain("same email");
  });

  it("fills empty fields and keeps both sides where they differ", () => {
    const plan = planImport(
      [
        person({
          id: "p1",
          name: "Ada",
          email: "ada@example.com",
          title: "Engineer",
          notes: "Met at a meetup",
        }),
      ],
      rows(
        contact({
          name: "Ada",
          emails: ["ada@example.com"],
          title: "Director",
          location: "London",
        }),
      ),
      options,
    );
    expect(plan.rows[0]).toMatchObject({ action: "merge", matchedPersonId: "p1" });
    expect(plan.rows[0]?.draft).toMatchObject({
      title: "Engineer",
      location: "London",
      notes: "Met at a meetup\nLinkedIn title: Director",
    });
  });

  it("skips a row that brings nothing new, so importing the same file twice changes nothing", () => {
    const existing = [
      person({ id: "p1", name: "Ada", email: "ada@example.com", title: "Engineer" }),
    ];
    const plan = planImport(
      existing,
      rows(contact({ name: "Ada", emails: ["ada@example.com"], title: "engineer" })),
      options,
    );
    expect(plan.rows[0]).toMatchObject({ action: "skip", matchedPersonId: "p1" });
    expect(plan.rows[0]?.reason).toMatch(/^Already on file as Ada/);
  });

  it("merges two rows of one file for the same person into one new person", () => {
    const plan = planImport(
      [],
      rows(
        contact({ name: "Sam", emails: ["sam@example.com"] }),
        contact({ name: "Sam Ortiz", emails: ["sam@example.com"], title: "Counsel" }),
      ),
      options,
    );
    expect(plan.counts).toMatchObject({ add: 1, merge: 1 });
    expect(plan.rows[0]?.draft).toMatchObject({
      name: "Sam",
      title: "Counsel",
      notes: "LinkedIn name: Sam Ortiz",
    });
    expect(plan.rows[1]?.reason).toContain("row 2 of this file");
  });

  it("rejects rows the file could not read, with the reason", () => {
    const plan = planImport(
      [],
      rows("Row 2 has no name: add a first or last name or remove the row"),
      options,
    );
    expect(plan.rows).toEqual([
      {
        row: 2,
        action: "reject",
        name: "",
        reason: "Row 2 has no name: add a first or last name or remove the row",
        warnings: [],
        matchedPersonId: null,
        draft: null,
      },
    ]);
  });

  it("keeps a person whose only fault is an email that is not an address, with a warning", () => {
    const plan = planImport(
      [],
      rows(
        contact({ name: "Dev Patel", invalidEmails: ["dev@patel"], notes: "Met at the fair" }),
        // Loose enough for the file reader, not an address for Rapport's own check.
        contact({ name: "Ana Ruiz", emails: ["ana@example..com", "ana@example.com"] }),
      ),
      options,
    );
    expect(plan.counts).toEqual({ add: 2, merge: 0, skip: 0, reject: 0 });
    expect(plan.rows[0]).toMatchObject({
      action: "add",
      name: "Dev Patel",
      warnings: [
        "“dev@patel” is not a valid email address, so it is kept in the notes: correct it on Dev Patel's page",
      ],
      draft: {
        email: null,
        notes: "Email in LinkedIn that is not a valid address: dev@patel\nMet at the fair",
      },
    });
    expect(plan.rows[1]).toMatchObject({
      action: "add",
      warnings: [
        "“ana@example..com” is not a valid email address, so it is kept in the notes: correct it on Ana Ruiz's page",
      ],
      draft: {
        email: "ana@example.com",
        notes: "Email in LinkedIn that is not a valid address: ana@example..com",
      },
    });
  });

  it("merges a bad email into the notes of the person on file, once", () => {
    const existing = [person({ name: "Dev Patel", organizationName: "Acme" })];
    const incoming = contact({
      name: "Dev Patel",
      organizationName: "Acme",
      invalidEmails: ["dev@patel"],
    });
    const plan = planImport(existing, rows(incoming), options);
    expect(plan.rows[0]).toMatchObject({
      action: "merge",
      warnings: [expect.stringMatching(/^“dev@patel” is not a valid email address/)],
      draft: { notes: "Email in LinkedIn that is not a valid address: dev@patel" },
    });
    const again = planImport(
      [
        person({
          name: "Dev Patel",
          organizationName: "Acme",
          notes: "Email in LinkedIn that is not a valid address: dev@patel",
        }),
      ],
      rows(incoming),
      options,
    );
    expect(again.rows[0]).toMatchObject({ action: "skip", warnings: [] });
  });

  it("normalises profile addresses", () => {
    expect(profileKey("https://www.LinkedIn.com/in/ada/?trk=x")).toBe(
      profileKey("linkedin.com/in/ada"),
    );
  });

  it("matches a name at an organization by the store's key (ß, spacing), and sees nothing new in other capitals", () => {
    const onFile = [
      person({ id: "p1", name: "Jörg Weiß", organizationName: "Straße  GmbH", title: "Engineer" }),
    ];
    const plan = planImport(
      onFile,
      rows(
        contact({ name: "JÖRG WEISS", organizationName: "STRASSE GMBH", title: "ENGINEER" }),
        contact({ name: "jörg  weiss", organizationName: "strasse gmbh", title: "Engineer" }),
      ),
      options,
    );
    expect(plan.rows.map((row) => [row.action, row.matchedPersonId, row.reason])).toEqual([
      ["skip", "p1", "Already on file as Jörg Weiß (same name at STRASSE GMBH); nothing new"],
      ["skip", "p1", "Already on file as Jörg Weiß (same name at strasse gmbh); nothing new"],
    ]);
  });
});
