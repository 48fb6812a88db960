import { commonNounPhrase, indefiniteArticle, joinWithAnd } from "./draft-phrasing.js";
import { nlp } from "./nlp.js";
import type { Target, TargetKind } from "./profile.js";

/** One of the explorer's interests as a draft needs it: what kind, and its label. */
export type Interest = Pick<Target, "kind" | "label">;

/** The explorer's interests (not locations) that this person serves, in the profile's order. */
export function interestsFor(targetIds: readonly string[], targets: readonly Target[]): Interest[] {
  return targets
    .filter((target) => target.kind !== "location" && targetIds.includes(target.id))
    .map(({ kind, label }) => ({ kind, label }));
}

/** How many of each kind a sentence can carry before it turns into a list. */
const mostPerKind = 2;

/** A role named by a person noun ("product manager", "speech therapist") is work as one. */
function isPersonNoun(phrase: string): boolean {
  const terms = nlp(`She is ${indefiniteArticle(phrase)} ${phrase}.`).terms();
  return terms.eq(terms.length - 1).has("#Actor");
}

/** Kinds of organization said without an article: "in government", "in academia". */
const massKinds =
  /^(?:government|academia|industry|healthcare|health care|media|publishing|finance|banking|law|politics|tech|technology|philanthropy|education|research|consulting|retail|manufacturing|hospitality|journalism|nonprofits|startups|big tech)$/i;
/** "Public sector", "the nonprofit world": said with "the". */
const sectorKinds = /\b(?:sector|world|space|industry)$/i;

/** "at a design agency", "at an NGO", "in government", "in the public sector". */
function atOrganization(kind: string): string {
  if (massKinds.test(kind) || /ing$/i.test(kind)) return `in ${kind}`;
  if (sectorKinds.test(kind)) return `in the ${kind}`;
  if (nlp(kind).terms().last().has("#Plural")) return `at ${kind}`;
  return `at ${indefiniteArticle(kind)} ${kind}`;
}

function labelsOf(interests: readonly (Interest | string)[], kind: TargetKind): string[] {
  return interests
    .map((interest) =>
      typeof interest === "string" ? { kind: "field", label: interest } : interest,
    )
    .filter((interest) => interest.kind === kind && interest.label.trim())
    .map((interest) => commonNounPhrase(interest.label))
    .filter(Boolean)
    .slice(0, mostPerKind);
}

/**
 * The explorer's interests as one noun phrase that fits "I'm exploring …", "advice on …"
 * and "the best guides to …": fields as fields, roles as work ("work as a product
 * manager"), kinds of organization as where ("UX research at a design agency", "work in
 * government"). A plain string is a field. Null when there are none.
 */
export function interestPhrase(interests: readonly (Interest | string)[]): string | null {
  const roles = labelsOf(interests, "role");
  const personRoles = roles.filter(isPersonNoun);
  // A role that is an activity ("trial work", "research") reads as a field.
  const fields = [...labelsOf(interests, "field"), ...roles.filter((role) => !isPersonNoun(role))];
  const places = labelsOf(interests, "organization_kind").map(atOrganization);
  const asRole = personRoles.length
    ? `work as ${joinWithAnd(
        personRoles.map((role) => `${indefiniteArticle(role)} ${role}`),
        "or",
      )}`
    : "";
  const what = [joinWithAnd(fields.slice(0, mostPerKind)), asRole].filter(Boolean);
  if (what.length === 0 && places.length === 0) return null;
  const subject = what.length ? joinWithAnd(what) : "work";
  return places.length ? `${subject} ${joinWithAnd(places, "or")}` : subject;
}
