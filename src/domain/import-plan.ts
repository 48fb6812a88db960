import { nameKey } from "./name-key.js";
import { type Person, type PersonDraft, type PersonSource, personInputSchema } from "./person.js";
import { optionalEmail } from "./text-fields.js";
import { validate } from "./validation.js";
import { pluralForm } from "./wording/plural.js";

/** A contact read from a file, as the formats layer delivers it. */
export interface IncomingContact {
  name: string;
  title: string | null;
  organizationName: string | null;
  emails: string[];
  phones: Array<{ number: string; extension: string | null }>;
  profileUrl: string | null;
  location: string | null;
  workAddress: string | null;
  notes: string | null;
  connectedOn: string | null;
  /** Values in an email field that are not addresses ("dev@patel"), kept as written. */
  invalidEmails: string[];
}

export type IncomingRow =
  | { row: number; contact: IncomingContact }
  | { row: number; error: string };

export type ImportAction = "add" | "merge" | "skip" | "reject";

export interface PlannedRow {
  row: number;
  action: ImportAction;
  name: string;
  /** Why it is merged, skipped or rejected, in words for the user. */
  reason: string | null;
  /** For add and merge: what was kept in a different place than the file put it, and why. */
  warnings: string[];
  /** For merge and skip: the person already on file (or added earlier from this file). */
  matchedPersonId: string | null;
  /** For add and merge: the person as they will be saved. */
  draft: PersonDraft | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<ImportAction, number>;
}

export interface ImportOptions {
  /** How people from this file were found, e.g. networking_site for LinkedIn. */
  source: PersonSource | null;
  /** Shown in notes for what could not be kept in a field, e.g. "LinkedIn". */
  sourceLabel: string;
}

/** "https://www.LinkedIn.com/in/ada/?trk=x" and "linkedin.com/in/ada" are the same profile. */
export function profileKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
}

/**
 * A person's name at an organization, folded by the store's own nameKey (so "Straße" is
 * "STRASSE" here as it is for the organization) and, for this likeness check only, without
 * accents: a file's "Jose Perez" is likely the "José Pérez" on file.
 */
function nameAtOrganizationKey(name: string, organization: string | null): string | null {
  if (!organization) return null;
  const fold = (text: string) => nameKey(text.normalize("NFKD").replace(/\p{M}/gu, ""));
  return `${fold(name)}\u0000${fold(organization)}`;
}

type Candidate = { id: string; draft: PersonDraft };

/** Finds the same person by email, profile address, or name at the same organization. */
class DuplicateIndex {
  readonly #byEmail = new Map<string, Candidate>();
  readonly #byProfile = new Map<string, Candidate>();
  readonly #byName = new Map<string, Candidate>();

  add(candidate: Candidate) {
    const { draft } = candidate;
    if (draft.email) this.#byEmail.set(draft.email.toLowerCase(), candidate);
    if (draft.profileUrl) this.#byProfile.set(profileKey(draft.profileUrl), candidate);
    const key = nameAtOrganizationKey(draft.name ?? "", draft.organizationName ?? null);
    if (key) this.#byName.set(key, candidate);
  }

  find(contact: IncomingContact): { candidate: Candidate; because: string } | null {
    for (const email of contact.emails) {
      const candidate = this.#byEmail.get(email.toLowerCase());
      if (candidate) return { candidate, because: `same email (${email})` };
    }
    if (contact.profileUrl) {
      const candidate = this.#byProfile.get(profileKey(contact.profileUrl));
      if (candidate) return { candidate, because: "same profile address" };
    }
    const key = nameAtOrganizationKey(contact.name, contact.organizationName);
    const candidate = key ? this.#byName.get(key) : undefined;
    if (candidate) return { candidate, because: `same name at ${contact.organizationName}` };
    return null;
  }
}

function personToDraft(person: Person): PersonDraft {
  return {
    name: person.name,
    title: person.title,
    organizationName: person.organizationName,
    email: person.email,
    phone: person.phone,
    phoneExtension: person.phoneExtension,
    workAddress: person.workAddress,
    location: person.location,
    profileUrl: person.profileUrl,
    source: person.source,
    commonGround: person.commonGround,
    notes: person.notes,
    referredById: person.referredById,
    mentionPermission: person.mentionPermission,
    targetIds: person.targetIds,
  };
}

/** What a file says about one person, as single fields plus lines for what does not fit. */
function incomingFields(contact: IncomingContact, options: ImportOptions) {
  const [email, ...otherEmails] = contact.emails;
  const [phone, ...otherPhones] = contact.phones;
  const extras: string[] = [];
  if (otherEmails.length > 0) extras.push(`Other email: ${otherEmails.join(", ")}`);
  if (contact.invalidEmails.length > 0) {
    extras.push(
      `Email in ${options.sourceLabel} that is not a valid address: ${contact.invalidEmails.join(", ")}`,
    );
  }
  if (otherPhones.length > 0) {
    const numbers = otherPhones.map((other) =>
      other.extension ? `${other.number} ext. ${other.extension}` : other.number,
    );
    extras.push(`Other phone: ${numbers.join(", ")}`);
  }
  if (contact.connectedOn)
    extras.push(`Connected on ${options.sourceLabel} on ${contact.connectedOn}`);
  if (contact.notes) extras.push(contact.notes);
  return {
    fields: {
      name: contact.name,
      title: contact.title,
      organizationName: contact.organizationName,
      email: email ?? null,
      phone: phone?.number ?? null,
      phoneExtension: phone?.extension ?? null,
      workAddress: contact.workAddress,
      location: contact.location,
      profileUrl: contact.profileUrl,
    },
    extras,
  };
}

const mergedFieldLabels = {
  name: "name",
  title: "title",
  organizationName: "organization",
  email: "email",
  phone: "phone",
  phoneExtension: "extension",
  workAddress: "work address",
  location: "location",
  profileUrl: "profile",
} as const;

/**
 * Fills the fields the person lacks; where both sides have different values, keeps what
 * is on file and records the file's value in the notes, so neither side loses anything.
 */
function mergeInto(existing: PersonDraft, contact: IncomingContact, options: ImportOptions) {
  const { fields, extras } = incomingFields(contact, options);
  const merged: PersonDraft = { ...existing };
  const notes: string[] = [];
  const filled: string[] = [];
  for (const key of Object.keys(mergedFieldLabels) as Array<keyof typeof mergedFieldLabels>) {
    const incoming = fields[key];
    const current = existing[key];
    if (!incoming) continue;
    if (!current) {
      merged[key] = incoming;
      filled.push(mergedFieldLabels[key]);
    } else if (nameKey(String(current)) !== nameKey(incoming)) {
      notes.push(`${options.sourceLabel} ${mergedFieldLabels[key]}: ${incoming}`);
    }
  }
  const existingNotes = existing.notes ?? "";
  const newLines = [...notes, ...extras].filter((line) => !existingNotes.includes(line));
  if (newLines.length > 0) merged.notes = [existingNotes, ...newLines].filter(Boolean).join("\n");
  return { merged, changed: filled.length > 0 || newLines.length > 0, filled };
}

function checked(draft: PersonDraft): { ok: true } | { ok: false; reason: string } {
  const result = validate(personInputSchema, draft);
  if (result.ok) return { ok: true };
  return { ok: false, reason: Object.values(result.fields).join("; ") };
}

const emailSchema = optionalEmail("Email");

/**
 * Moves the emails Rapport's own check refuses (the file reader's is looser) to
 * `invalidEmails`: a bad address should cost the person only that address, which is kept
 * in the notes, never the whole row.
 */
function withEmailsChecked(contact: IncomingContact): {
  contact: IncomingContact;
  warnings: string[];
} {
  const emails: string[] = [];
  const refused: string[] = [];
  for (const email of contact.emails) {
    if (emailSchema.safeParse(email).success) emails.push(email);
    else refused.push(email);
  }
  const invalidEmails = [...contact.invalidEmails, ...refused];
  if (invalidEmails.length === 0) return { contact, warnings: [] };
  const shown = invalidEmails.map((value) => `“${value}”`).join(", ");
  const warning = pluralForm(invalidEmails.length, {
    one: `${shown} is not a valid email address, so it is kept in the notes: correct it on ${contact.name}'s page`,
    other: `${shown} are not valid email addresses, so they are kept in the notes: correct them on ${contact.name}'s page`,
  });
  return { contact: { ...contact, emails, invalidEmails }, warnings: [warning] };
}

/**
 * Decides, row by row, what an import will do, before anything is written: add a new
 * person, merge into one already on file (or one added earlier from the same file), skip
 * a row that brings nothing new, or reject an invalid row with the reason.
 */
export function planImport(
  existing: readonly Person[],
  rows: readonly IncomingRow[],
  options: ImportOptions,
): ImportPlan {
  const index = new DuplicateIndex();
  for (const person of existing) index.add({ id: person.id, draft: personToDraft(person) });

  const planned: PlannedRow[] = [];
  const addedFromFile = new Map<string, PlannedRow>();
  for (const row of rows) {
    if ("error" in row) {
      planned.push({
        row: row.row,
        action: "reject",
        name: "",
        reason: row.error,
        warnings: [],
        matchedPersonId: null,
        draft: null,
      });
      continue;
    }
    const { contact, warnings } = withEmailsChecked(row.contact);
    const match = index.find(contact);
    if (!match) {
      const { fields, extras } = incomingFields(contact, options);
      const draft: PersonDraft = {
        ...fields,
        source: options.source,
        notes: extras.join("\n") || null,
      };
      const validity = checked(draft);
      if (!validity.ok) {
        planned.push({
          row: row.row,
          action: "reject",
          name: contact.name,
          reason: validity.reason,
          warnings: [],
          matchedPersonId: null,
          draft: null,
        });
        continue;
      }
      const id = `file-row-${row.row}`;
      const entry: PlannedRow = {
        row: row.row,
        action: "add",
        name: contact.name,
        reason: null,
        warnings,
        matchedPersonId: null,
        draft,
      };
      planned.push(entry);
      addedFromFile.set(id, entry);
      index.add({ id, draft });
      continue;
    }

    const { merged, changed, filled } = mergeInto(match.candidate.draft, contact, options);
    const earlierRow = addedFromFile.get(match.candidate.id);
    const matchedPersonId = earlierRow ? null : match.candidate.id;
    const whom = earlierRow
      ? `row ${earlierRow.row} of this file`
      : (match.candidate.draft.name ?? "someone on file");
    if (!changed) {
      planned.push({
        row: row.row,
        action: "skip",
        name: contact.name,
        reason: `Already on file as ${whom} (${match.because}); nothing new`,
        warnings: [],
        matchedPersonId,
        draft: null,
      });
      continue;
    }
    const validity = checked(merged);
    if (!validity.ok) {
      planned.push({
        row: row.row,
        action: "reject",
        name: contact.name,
        reason: validity.reason,
        warnings: [],
        matchedPersonId,
        draft: null,
      });
      continue;
    }
    const added = filled.length > 0 ? `adds ${filled.join(", ")}` : "adds notes";
    if (earlierRow?.draft) {
      // Two rows of one file for the same person become one new person.
      earlierRow.draft = merged;
      planned.push({
        row: row.row,
        action: "merge",
        name: contact.name,
        reason: `Same person as ${whom} (${match.because}); ${added}`,
        warnings,
        matchedPersonId: null,
        draft: null,
      });
    } else {
      planned.push({
        row: row.row,
        action: "merge",
        name: contact.name,
        reason: `Matches ${whom} (${match.because}); ${added}`,
        warnings,
        matchedPersonId,
        draft: merged,
      });
    }
    match.candidate.draft = merged;
    // What the merge filled in (a new email, say) should find later rows too.
    index.add(match.candidate);
  }

  const counts: Record<ImportAction, number> = { add: 0, merge: 0, skip: 0, reject: 0 };
  for (const row of planned) counts[row.action] += 1;
  return { rows: planned, counts };
}
