import { nlp } from "../nlp.js";

/**
 * Does a sentence say something specific about THIS reader? Judged from what it says, not
 * from keywords: a named piece of their work or an event, a project or team with a name,
 * something they did, a move they made, or ground the two share. Their bare title and
 * employer ("your work as Senior Designer at Acme") are slots any mail merge fills, so
 * they are taken out first; so are placeholders, the writer's own trip, and who suggested
 * writing (an introduction says how, not why them).
 */

export interface ReaderContext {
  /** The reader's name parts, from the greeting. */
  readerNames: ReadonlySet<string>;
  /** The writer's name parts, from the signature and "I'm…". */
  writerNames: ReadonlySet<string>;
  /** Name parts of the person who suggested writing, when the coach knows them. */
  introducerNames: ReadonlySet<string>;
}

const placeholder =
  /\{\{[^{}\n]{1,60}\}\}|\{[A-Za-z_][\w.-]{0,40}\}|<<[^<>\n]{1,40}>>|%[A-Z][A-Z_]{1,30}%|\[[^[\]\n]{1,80}\]/g;
/** "While I'm in Baltimore…" names the writer's trip, not anything of theirs. */
const writerTrip =
  /\b(?:I'm|I’m|I am|I'll be|I’ll be|I will be|I'll|I’ll|be)\s+(?:in|visiting)\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*/gu;
const capitalRun = String.raw`(?:the\s+)?[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:of|and|&|for|de|the|[\p{Lu}][\p{L}\p{N}&.'’-]*))*`;
/** "Priya Shah suggested…", "Sam mentioned you…": how the writer came to write. */
const introduction = new RegExp(
  String.raw`${capitalRun}\s+(?:suggested|recommended|referred|mentioned|said|thought|told\s+me|passed\s+along|pointed\s+me|introduced|gave\s+me|shared\s+your)\b`,
  "gu",
);
/** The nouns of a bare slot: what every person has, whatever they do. */
const slotNouns =
  "name|contact|details|e-?mail|work|role|job|position|career|path|background|experience|expertise|title|profile|bio|company|organi[sz]ation|employer|field|industry|journey|story|success|achievements?|accomplishments?|team|department|office|group|firm";
/** "your work as Senior Designer at Acme Studio", "your role at Google", "your experience in UX". */
const slot = new RegExp(
  String.raw`\b(?:[Yy]our|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:current|own|impressive|inspiring|great|amazing|incredible|interesting|professional|whole)\s+)*(?:${slotNouns})(?:\s+(?:as\s+(?:a|an|the)?\s*[^,.;:!?]*?(?=\s+(?:at|with|for|is|was|has|and|caught|stood|seems|sounds|looks|inspires?|interests?)\b|[,.;:!?]|$)|(?:at|with|for)\s+${capitalRun}|in\s+(?:[\p{Ll}\p{N}-]+|[\p{Lu}]{2,})(?:\s+(?:[\p{Ll}\p{N}-]+|[\p{Lu}]{2,})){0,3}(?=[\s,.;:!?]|$))|,\s*${capitalRun}(?=,))*`,
  "gu",
);
const actingSlot =
  /^\s*\S+\s+(?:\S+\s+)*?(?:team|department|office|group|firm|company|organi[sz]ation)\b/i;
/** "…on the Ohio State alumni directory": where the writer found them, not why. */
const foundVia =
  /\b(?:on|in|through|via|from)\s+(?:the\s+|your\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}(?:directory|website|site|page|listing|list|database|network|platform|profile)\b/giu;
/** "As Director of Clinical Research at Mercy Health, you…": a title and employer. */
const titleSlot = new RegExp(
  String.raw`\b[Aa]s\s+(?:a|an|the)?\s*${capitalRun}(?:\s+(?:at|with|for)\s+${capitalRun})?`,
  "gu",
);
/** "you work at Acme", "a designer at Acme": an employer beside a person or their job. */
const employer = new RegExp(String.raw`\b(?:at|with|for)\s+${capitalRun}`, "gu");
const employedBy =
  /\b(?:work|works|working|worked|are|'re|’re|is|serve|serves|employed|someone|people|person|everyone)\s*$/i;

/** Where the writer found them, not why: a networking site is not their work. */
const platforms = new Set([
  "LinkedIn",
  "Twitter",
  "Facebook",
  "Instagram",
  "Handshake",
  "Slack",
  "Discord",
  "Reddit",
  "GitHub",
  "Google",
  "Zoom",
  "Teams",
]);

const publicationWords =
  "comments?|remarks?|quotes?|answers?|reviews?|promotion|appointment|awards?|fellowship|election|nomination|articles?|posts?|blog|talks?|presentations?|keynotes?|panels?|papers?|books?|podcasts?|interviews?|pieces?|essays?|newsletters?|threads?|stud(?:y|ies)|webinars?|videos?|lectures?|episodes?|reports?|workshops?|exhibitions?|albums?|films?|dissertation|thesis|op-ed|column";
const artefacts = `${publicationWords}|posts?|blog|talks?|presentations?|keynotes?|panels?|papers?|books?|podcasts?|interviews?|projects?|pieces?|essays?|newsletters?|threads?|stud(?:y|ies)|webinars?|videos?|courses?|class(?:es)?|lectures?|episodes?|reports?|sessions?|workshops?|labs?|programs?|programmes?|initiatives?|products?|apps?|tools?|exhibits?|exhibitions?|albums?|films?|campaigns?|grants?|trials?|surveys?|startup`;
/** A publication or event, owned or not: "I heard you on a podcast", "saw you at a meetup". */
const workOrEvent = new RegExp(
  String.raw`\b(?:${publicationWords}|conferences?|meetups?|summits?|events?|festivals?|hackathons?|shows?|broadcasts?|segments?|speech|speak(?:ing)?|present(?:ing)?)\b`,
  "i",
);
const owner = String.raw`(?:your|its|their|[\p{Lu}][\p{L}-]*['’]s)`;
/**
 * "your article on burnout", "the Adler Lab's project on retinal imaging", "your 2023
 * paper", "its BrightEyes project": a piece of their work, with what it is about (group 2)
 * or a name or year before it (group 1).
 */
const namedWork = new RegExp(
  String.raw`${owner}\s+((?:(?:recent|new|latest|last|first|own|\d{4}|[\p{Lu}][\p{L}\p{N}-]*)\s+){0,3})(?:${artefacts})\b(\s+(?:on|about|at|in|for|into|with|from|titled|called|named|where|that|which)\s+["“]?[\p{L}\p{N}]|\s*[,—–(]\s*["“]?[\p{L}\p{N}])?`,
  "giu",
);
const workOn =
  /\b(?:your|its|their|[\p{Lu}][\p{L}-]*['’]s)\s+(?:work|research)\s+(?:on|about|into|with)\s+\S/iu;
/** "your path from engineering to operations", "your switch to analytics". */
const careerMove =
  /\b(?:your|their)\s+(?:\w+\s+)?(?:path|journey|move|switch|transition|shift|jump|pivot|route|leap)\s+(?:from|to|into|out\s+of)\b|\byou\s+(?:recently\s+)?(?:moved|switched|transitioned|went|pivoted|jumped|came)\s+(?:from|into|to|over)\b/i;
const commonGround =
  /\b(?:we\s+both|we\s+(?:are|were|'re)\s+both|both\s+of\s+us|fellow|in\s+common|also\s+(?:studied|went|attended|grew\s+up|worked|lived|graduated|moved|switched|made\s+the\s+(?:move|switch|jump))|same\s+(?:school|university|college|program|programme|city|town|hometown|team|company|class))\b/i;
/** The writer came across something of theirs: read it, heard it, was there. */
const perceived =
  /\bI(?:\s+(?:recently|just|really|especially|also|first))?(?:'ve|’ve|\s+have|\s+had)?(?:\s+been)?\s+(?:following|followed|read|reading|saw|seen|heard|watched|listened|came\s+across|noticed|attended)\b|\b(?:learn|hear)\s+more\s+about\b/i;
/** The writer liked something: specific only when that something is a piece of their work. */
const liked =
  /\bI(?:\s+(?:really|especially|also|always))?(?:'ve|’ve|\s+have)?\s+(?:enjoyed|loved|admired|admire|appreciated|found)\b|\b(?:struck|inspired|impressed|fascinated|moved|intrigued)\s+by\b/i;
/** Publications and appearances: one of these of theirs is a specific piece of work. */
const publications = new RegExp(String.raw`\b(?:${publicationWords})\b`, "i");
const mentionsReader = /\b(?:you|your|yours)\b|^\s*congratulations\b/i;
/** Verbs that say nothing about what they did: "you were", "you worked at…". */
const genericPast = new Set(["was", "were", "had", "did", "got", "worked", "been", "went", "came"]);
const actorsBefore = /\b(?:[\p{L}-]+)\s*$/u;

// The coach runs on every pause in typing; the same words come back each time.
const personNouns = new Map<string, boolean>();

function isPersonNoun(word: string): boolean {
  const known = personNouns.get(word);
  if (known !== undefined) return known;
  const isPerson = nlp(`She is a ${word}.`).terms().eq(3).has("#Actor");
  if (personNouns.size > 2000) personNouns.clear();
  personNouns.set(word, isPerson);
  return isPerson;
}

/** Takes out the reader's bare slots, placeholders, trips and introductions. */
function withoutSlots(sentence: string): string {
  let text = sentence
    .replace(placeholder, " ")
    .replace(writerTrip, " ")
    .replace(introduction, " ")
    // A team or office can do things ("your team at Acme rebuilt intake"): it stays a subject.
    .replace(slot, (match) => (actingSlot.test(match) ? " you " : " "))
    .replace(titleSlot, " ")
    .replace(foundVia, " ");
  text = text.replace(employer, (match, offset: number) => {
    const before = text.slice(0, offset);
    const word = actorsBefore.exec(before)?.[0]?.trim() ?? "";
    return employedBy.test(before) || (word && isPersonNoun(word)) ? " " : match;
  });
  return text;
}

/** Proper nouns left once names of the two people, dates, acronyms and platforms are out. */
function namedThings(text: string, context: ReaderContext): string[] {
  // Only a capital after the first letter can be a name: skip the parse without one.
  if (!/\p{Lu}/u.test(text.trim().slice(1))) return [];
  const names: string[] = nlp(text)
    .match("#ProperNoun")
    .not("(#Month|#WeekDay|#Pronoun|#Acronym|#Honorific)")
    .terms()
    .out("array");
  return names
    .map((name) => name.replace(/[^\p{L}\p{N}'’-]/gu, "").replace(/['’]s$/, ""))
    .filter(
      (name) =>
        name.length > 1 &&
        name !== "I" &&
        !platforms.has(name) &&
        !context.readerNames.has(name) &&
        !context.writerNames.has(name) &&
        !context.introducerNames.has(name),
    );
}

/** "You led the redesign…", "your team rebuilt patient intake": something they did. */
function theyDid(text: string): boolean {
  if (!mentionsReader.test(text)) return false;
  const done: string[] = nlp(text)
    .match("(you|your #Noun) #Adverb? (#PastTense|have #Participle|have #PastTense|'ve #PastTense)")
    .out("array");
  return done.some((phrase) => {
    const verb = nlp(phrase).match("(#PastTense|#Participle)").last().text("normal");
    const at = Math.max(0, text.indexOf(phrase));
    const before = text.slice(0, at);
    // "…caught my eye", "you inspired me": what it did to the writer is praise, not their work.
    const after = text.slice(at + phrase.length);
    if (/^\s+(?:\S+\s+)?(?:me|my|out)\b/i.test(after)) return false;
    return !genericPast.has(verb) && !/\b(?:how|what|why|when|where|whether|if)\s+$/i.test(before);
  });
}

function mentionsReaderName(text: string, context: ReaderContext): boolean {
  return [...context.readerNames].some((name) =>
    new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "u").test(text),
  );
}

/** "We met at PyCon", "We worked together at Deloitte": what writer and reader shared. */
function weShared(text: string): boolean {
  if (!/^\s*(?:we|both\s+of\s+us|you\s+and\s+i)\b/i.test(text)) return false;
  const doc = nlp(text);
  const proposes = doc.has(
    "^(we|both of us|you and i) #Adverb? (#Modal|will|could|would|might|can)",
  );
  return (
    !proposes &&
    doc.has(
      "^(we|both of us|you and i) #Adverb? (#PastTense|#Copula|share|shared|have #Participle|'ve #Participle)",
    )
  );
}

/** The sentence names something specific about this reader (see the module comment). */
export function saysSomethingSpecific(sentence: string, context: ReaderContext): boolean {
  const cleaned = sentence.replace(placeholder, " ");
  if (commonGround.test(cleaned) || careerMove.test(cleaned) || weShared(cleaned)) return true;
  const text = withoutSlots(sentence);
  if (theyDid(text)) return true;
  const aboutReader =
    mentionsReader.test(text) || mentionsReaderName(sentence, context) || perceived.test(text);
  const work = [...cleaned.matchAll(namedWork)];
  // "your article", "your keynote": a publication of theirs; "your lab" needs a name or topic.
  const detailedWork = work.some(
    ([phrase, before = "", about]) =>
      about !== undefined || /\p{Lu}|\d{4}/u.test(before) || publications.test(phrase),
  );
  if (detailedWork || workOn.test(cleaned)) return true;
  const named = namedThings(text, context);
  if (perceived.test(text) && (work.length > 0 || named.length > 0)) return true;
  if ((perceived.test(text) || liked.test(text)) && mentionsReader.test(text)) {
    return workOrEvent.test(text);
  }
  return aboutReader && named.length > 0;
}
