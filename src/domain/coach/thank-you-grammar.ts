import { nlp } from "../nlp.js";
import { clausesOf } from "./grammar.js";

/**
 * A sentence's verb phrases as compromise reads them, with whose they are, their tense and
 * form, and whether they are negated: what the thank-you checks (METHOD §6) reason with.
 * Meaning, not words: "I will sign up" commits, "I won't sign up" and "Should I sign up?" do
 * not; "thanks for the great advice" names nothing, "your advice to start with a portfolio
 * review" names what they said.
 */

/** Who does what a verb phrase says: the writer ("I"), the two of them ("we", "let's"), the reader, or someone else. */
export type Doer = "writer" | "we" | "reader" | "other" | "none";

export interface VerbPhrase {
  /** As written ("will be attending", "'ll"). */
  text: string;
  /** compromise's dictionary form ("sign up", "attend", "be"). */
  infinitive: string;
  /** compromise's form: simple-future, auxiliary-future, present-progressive, present-perfect, simple-past… */
  form: string;
  tense: string;
  /** "will", "am going to", "was going to", "would", "have"… */
  auxiliary: string;
  negative: boolean;
  /** The complement of another verb: "love to [connect]", "plan to [apply]". */
  isInfinitive: boolean;
  doer: Doer;
  subject: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** The rest of the sentence after the phrase. */
  after: string;
  /** Which clause of the sentence (clausesOf) the phrase is in. */
  clause: number;
}

interface VerbJson {
  text: string;
  offset?: { start: number; length: number };
  verb?: {
    infinitive?: string;
    auxiliary?: string;
    negative?: boolean;
    grammar?: { form?: string; tense?: string; isInfinitive?: boolean };
  };
}

function doerOf(subject: string): Doer {
  const lower = subject.toLowerCase().replace(/[’]/g, "'").trim();
  if (lower === "") return "none";
  if (/^(?:i|i'm|i'll|i'd|i've|me|myself|my\s+\w+\s+and\s+i)\b/.test(lower)) return "writer";
  if (/^(?:we|we're|we'll|we'd|we've|let's|us)\b/.test(lower)) return "we";
  if (/^(?:you|you're|you'll|you'd|you've)\b/.test(lower)) return "reader";
  return "other";
}

/** Curly quotes straightened; bracketed blanks ("[what you will do next]") and {{fields}} removed: a blank says nothing. */
export function withoutBlanks(sentence: string): string {
  return sentence
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\{\{[^{}]*\}\}|\[[^[\]]*\]|<<[^<>]*>>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// The three checks read the same sentences; a letter being typed is read again and again.
const readSentences = new Map<string, VerbPhrase[]>();
const readSentencesKept = 500;

/** Every verb phrase of one sentence, in order (remembered for the last few hundred sentences). */
export function verbPhrasesOf(sentence: string): VerbPhrase[] {
  const known = readSentences.get(sentence);
  if (known) return known;
  const phrases = readVerbPhrases(sentence);
  if (readSentences.size >= readSentencesKept) {
    const oldest = readSentences.keys().next().value;
    if (oldest !== undefined) readSentences.delete(oldest);
  }
  readSentences.set(sentence, phrases);
  return phrases;
}

function readVerbPhrases(sentence: string): VerbPhrase[] {
  const clauses = clausesOf(sentence);
  const clauseAt = (offset: number) => {
    let index = 0;
    clauses.forEach((clause, at) => {
      if (clause.start <= offset) index = at;
    });
    return index;
  };
  const verbs = nlp(sentence).verbs();
  const phrases: VerbPhrase[] = [];
  let cursor = 0;
  for (let index = 0; index < verbs.length; index += 1) {
    const phrase = verbs.eq(index);
    const [json] = phrase.json({ offset: true }) as VerbJson[];
    if (!json) continue;
    // compromise's offsets drift after a contraction ("I'd"); the written words are found instead.
    const written = json.text.replace(/[\s.,;:!?]+$/, "");
    const found = written ? sentence.indexOf(written, cursor) : -1;
    const start = found >= 0 ? found : (json.offset?.start ?? cursor);
    const end = found >= 0 ? found + written.length : start + (json.offset?.length ?? 0);
    cursor = Math.max(cursor, end);
    const subject = (phrase as unknown as { subjects(): { text(): string } }).subjects().text();
    phrases.push({
      text: json.text,
      infinitive: (json.verb?.infinitive ?? "").toLowerCase(),
      form: json.verb?.grammar?.form ?? "",
      tense: json.verb?.grammar?.tense ?? "",
      auxiliary: (json.verb?.auxiliary ?? "").toLowerCase(),
      negative: json.verb?.negative === true || /\bnever\b/i.test(json.text),
      isInfinitive: json.verb?.grammar?.isInfinitive === true,
      doer: doerOf(subject),
      subject,
      start,
      end,
      after: sentence.slice(end),
      clause: clauseAt(start),
    });
  }
  return phrases;
}

/**
 * Is the phrase denied? Its own "not"/"never", or a denied verb it completes in the same
 * clause: "I don't plan to [move]", "I won't be [applying]".
 */
export function isDenied(phrases: readonly VerbPhrase[], index: number): boolean {
  const phrase = phrases[index];
  if (!phrase) return false;
  if (phrase.negative && !/\bhesitate\b/.test(phrase.infinitive)) return true;
  for (let before = index - 1; before >= 0; before -= 1) {
    const earlier = phrases[before];
    if (!earlier || earlier.clause !== phrase.clause) break;
    if (earlier.negative && !/hesitate/.test(earlier.infinitive)) {
      // "I don't want to bother you, I will…" is split by clauses; within one, the denial carries on.
      return phrase.isInfinitive || phrase.doer === earlier.doer || phrase.doer === "none";
    }
    if (!phrase.isInfinitive) break;
  }
  return false;
}

/** Ends in a question mark (a tag or a request alike): a question asks, it does not commit or cite. */
export function isAsked(sentence: string): boolean {
  return /\?["')\s]*$/.test(sentence.trim());
}

// ——— Concrete content: what a named point has and "a lot" has not ———

/** Nouns that name no point of their own: "a lot", "your experience", "the field", "our conversation". */
const vagueNouns = new Set(
  `lot lots much thing things stuff everything anything something nothing all bit field fields industry
industries area areas work job jobs role roles career careers path paths journey experience experiences
advice time times insight insights perspective perspectives topic topics subject subjects world company
companies team teams profession day days life background story stories conversation conversations chat
talk talks call calls meeting meetings question questions way ways info information knowledge wisdom tip
tips suggestion suggestions idea ideas thought thoughts help support guidance input feedback word words
expertise point points side view views opinion opinions sector business space kind kinds detail details
week weeks minute minutes hour hours chance opportunity opportunities pleasure honor honour generosity
kindness position positions organization organisation firm office department aspect aspects part parts
future plans plan step steps option options search people person everyone someone anyone one ones
encouragement story lesson lessons example examples sense look today yesterday tomorrow morning afternoon
evening time-frame type types matter matters issue issues others other`.split(/\s+/),
);

/** Verbs that name no point of their own: "it helped", "what you said stayed with me". */
const vagueVerbs = new Set(
  `be is are am was were been being do have get go make take give help say tell talk speak chat meet share learn hear know think feel mean
stay stick resonate strike inspire matter like love enjoy appreciate thank find see come keep want need look
seem sound remember listen answer ask spend offer provide put bring open show explain describe mention
suggest recommend advise discuss teach walk point gain stand stay leave reflect value cherish treasure motivate
encourage impress surprise interest fascinate enlighten clarify benefit change let can could would should will
may might must shall`.split(/\s+/),
);

interface TermJson {
  text: string;
  normal: string;
  tags: string[];
  /** The dictionary form, once compromise's "root" is computed ("hired" → "hire"). */
  root?: string;
}

/**
 * Does the text name something: a thing, a name, a number, an act other than talking and
 * helping? Adjectives ("great", "helpful") and vague nouns ("a lot", "the field") do not.
 */
export function namesSomething(text: string): boolean {
  if (!/\p{L}|\p{N}/u.test(text)) return false;
  const doc = nlp(text);
  doc.compute("root");
  const terms = doc
    .terms()
    .json()
    .map((entry: { terms: TermJson[] }) => entry.terms[0])
    .filter((term: TermJson | undefined): term is TermJson => term !== undefined);
  return terms.some((term: TermJson) => {
    const tags = new Set(term.tags);
    const word = term.normal.replace(/[^\p{L}\p{N}'-]/gu, "");
    if (word.length < 2 && !/\p{N}/u.test(word)) return false;
    if (tags.has("Pronoun") || tags.has("Possessive") || tags.has("Determiner")) return false;
    if (tags.has("Date") || tags.has("Duration")) return false;
    if (tags.has("Value") || /\p{N}/u.test(word)) return true;
    if (tags.has("Acronym") || (tags.has("ProperNoun") && /^\p{Lu}/u.test(term.text))) return true;
    const root = (term.root ?? word).toLowerCase();
    if (tags.has("Verb") && !tags.has("Gerund"))
      return !vagueVerbs.has(root) && !vagueVerbs.has(word);
    if (tags.has("Noun") || tags.has("Gerund")) {
      return !vagueNouns.has(word) && !vagueNouns.has(root);
    }
    return false;
  });
}

// ——— A specific point they made (no_specific_point) ———

/** Nouns for something they said or did for the writer. */
const pointNouns =
  /\b(?:advice|tips?|suggestions?|recommendations?|points?|ideas?|insights?|stor(?:y|ies)|comments?|remarks?|observations?|pointers?|warnings?|explanations?|descriptions?|perspectives?|take|thoughts?|views?|reminders?|encouragement|introductions?|referrals?|lessons?|examples?|anecdotes?|frameworks?|rules?|tricks?|hints?|feedback|notes?|mentions?|references?|words?|reflections?|account|overview|breakdown|summary|heads-up|caution|nudge|push)\b/gi;
/** What joins such a noun to its content: "advice [to start…]", "the tip [about the meetup]". */
const pointLink =
  /^\s*(?:(?:that|which)?\s*(?:you|she|he|they)\s+(?:gave|shared|offered|told|mentioned|made|had|passed\s+on|sent)(?:\s+(?:me|us))?(?:\s+(?:yesterday|today|earlier|on\s+\w+))?\s*)?(?:about|on|to|of|that|regarding|around|into|for|concerning|re|:|—|–|-)(?=[\s"'“]|$)/i;
/** Verbs of saying, advising and learning: their complement is what was said. */
const pointVerbs =
  /\b(?:sa(?:y|id|ying)|mention(?:s|ed|ing)?|t(?:ell|old|elling)|explain(?:s|ed|ing)?|describ(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?|advis(?:e|es|ed|ing)|shar(?:e|es|ed|ing)|point(?:s|ed|ing)?\s+(?:me\s+|us\s+)?(?:out|to|toward|towards|at)|not(?:e|ed|ing)|stress(?:ed|ing)?|emphasi[sz](?:e|ed|ing)|warn(?:s|ed|ing)?|remind(?:s|ed|ing)?|encourag(?:e|ed|ing)|urg(?:e|ed|ing)|propos(?:e|ed|ing)|introduc(?:e|ed|ing)|walk(?:s|ed|ing)?\s+(?:me|us)\s+through|show(?:s|ed|n|ing)?|taught|teach(?:ing)?|talk(?:s|ed|ing)?|sp(?:eak|oke|eaking)|discuss(?:ed|ing)?|learn(?:s|ed|t|ing)?|hear(?:d|ing)?|realiz(?:e|ed|ing)|realis(?:e|ed|ing)|discover(?:ed|ing)?|underst(?:and|ood|anding)|kn(?:ow|ew|own)|f(?:ind|ound)\s+out|flagg?(?:ed|ing)?|highlight(?:ed|ing)?|put\s+me\s+onto|tipp?(?:ed|ing)?\s+me\s+off)\b/gi;
/** Where what they said stops: the clause after "because", "and I…", a comma. */
const contentEnd =
  /[;,.!?]|\s(?:because|but|so|and\s+(?:i|it|that|this|we)|which\s+(?:was|is|has|really)|since|as\s+i|has\s+|have\s+|was\s+|were\s+|really\s+|stayed|stuck|resonated|helped|gave\s+me)\b/i;

function contentAfter(rest: string): string {
  const cleaned = rest.replace(
    /^\s*(?:me|us|with\s+(?:me|us)|to\s+me|that|so\s+much|a\s+lot|how|about)\b/i,
    " ",
  );
  const end = contentEnd.exec(cleaned.slice(1));
  return end ? cleaned.slice(0, end.index + 1) : cleaned;
}

/**
 * Does the sentence name one thing they said or advised? Either a word for what they said
 * ("your advice", "the tip", "your story") joined to its content ("…to start with a portfolio
 * review", "…about the UX meetup"), or a verb of saying or learning ("when you said",
 * "I learned", "you recommended") followed by content that names something. "I learned a
 * lot", "thanks for the great advice", "it was very helpful", "what you said stayed with
 * me" name nothing; "I learned a lot about UX research" names the topic they spoke about,
 * which counts. A question asks, it does not cite.
 */
export function namesTheirPoint(raw: string): boolean {
  const sentence = withoutBlanks(raw);
  if (isAsked(sentence) || sentence.length === 0) return false;
  for (const match of sentence.matchAll(pointNouns)) {
    const rest = sentence.slice(match.index + match[0].length);
    const link = pointLink.exec(rest);
    if (!link) continue;
    if (namesSomething(contentAfter(rest.slice(link[0].length)))) return true;
  }
  for (const match of sentence.matchAll(pointVerbs)) {
    const rest = sentence.slice(match.index + match[0].length);
    if (namesSomething(contentAfter(rest))) return true;
  }
  return false;
}

// ——— An action the explorer takes (no_action) ———

/** Verbs that commit to the verb they complete: "I plan to [apply]", "I've decided to [enrol]". */
const commitVerbs = new Set([
  "plan",
  "intend",
  "decide",
  "aim",
  "mean",
  "commit",
  "promise",
  "resolve",
  "set out",
  "make sure",
  "try",
  "start",
  "begin",
  "schedule",
  "arrange",
  "go ahead",
  "make",
]);
/** Wishes and hopes: a plan only with a day to it ("I'd like to apply this week"). */
const wishVerbs = new Set(["want", "hope", "like", "love", "wish", "would like", "need", "expect"]);
/** Not acts: feeling, thinking, thanking, remembering. */
const notActs = new Set([
  "be",
  "thank",
  "appreciate",
  "enjoy",
  "love",
  "like",
  "learn",
  "think",
  "consider",
  "remember",
  "forget",
  "reflect",
  "hope",
  "wish",
  "want",
  "look forward",
  "look",
  "feel",
  "know",
  "realize",
  "realise",
  "understand",
  "mean",
  "miss",
  "treasure",
  "cherish",
  "value",
  "hear",
  "hear from",
  "stay",
  "remain",
  "wonder",
  "believe",
  "agree",
  "guess",
  "need",
  "bother",
  "owe",
  "welcome",
  "seem",
  "sound",
  "get",
  "let",
  "mind",
  "can",
  "may",
  "might",
  "could",
  "would",
  "should",
  "must",
  "will",
  "do",
  "ponder",
  "digest",
  "process",
  "mull",
  "savor",
  "savour",
]);
/** Verbs that are about writing to the reader, not acting on the advice, when "you" follows. */
const toReader = new Set([
  "keep",
  "update",
  "tell",
  "write",
  "email",
  "e-mail",
  "message",
  "contact",
  "reach out",
  "follow up",
  "connect",
  "get back",
  "report back",
  "check in",
  "touch base",
  "catch up",
  "send",
  "call",
  "talk",
  "speak",
  "inform",
  "see",
  "owe",
  "bother",
  "add",
  "follow",
]);
const modalHedges = /\b(?:would|could|might|may|should|can|must|ought)\b/;
const pastIntent = /\b(?:was|were|had|did)\b/;
/** A done act is recent and because of the talk: "already", "right after our call". */
const doneMarker =
  /\b(?:already|just|yesterday|today|this\s+morning|last\s+night|since\s+(?:our|we|then|you)|after\s+(?:our|we|the|your|talking|speaking))\b/i;
const days = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const months =
  "january|february|march|april|may|june|july|august|september|october|november|december";
const seasons = "spring|summer|fall|autumn|winter";
/** A day to it: "this week", "by Friday", "before the March deadline", "in two weeks". */
const timeFrame = new RegExp(
  `\\b(?:today|tonight|tomorrow|this\\s+(?:week|weekend|month|year|morning|afternoon|evening|quarter|semester|term|${seasons}|${days})|next\\s+(?:week|weekend|month|year|quarter|semester|term|${seasons}|${days})|(?:on|by|before|until|this|next)\\s+(?:${days})|by\\s+the\\s+end\\s+of|(?:by|before|in|until|this)\\s+(?:${months}|${seasons})|before\\s+(?:the|my|our|it|then)|over\\s+the\\s+(?:weekend|next|coming)|in\\s+(?:a|an|one|two|three|four|five|six|a\\s+few|\\d+)\\s+(?:days?|weeks?|months?)|within\\s+(?:a|the|\\d+|two|three)|(?:right|straight)\\s+away|first\\s+thing)\\b`,
  "i",
);

/** What the phrase does is an act on the advice: not a feeling, not thanks, not a note to the reader. */
function isAct(phrase: VerbPhrase): boolean {
  const verb = phrase.infinitive;
  if (!verb || notActs.has(verb) || notActs.has(verb.split(" ")[0] ?? "")) return false;
  const object = phrase.after.trim().toLowerCase();
  if (
    toReader.has(verb) &&
    /^(?:(?:to|with|in\s+with|back\s+to|up\s+with)\s+)?(?:you|your\s+(?:way|inbox))\b/.test(object)
  ) {
    return false;
  }
  // "Keep your advice in mind", "take it to heart": a feeling, not an act.
  if (/^(?:keep|take|bear|hold|carry)$/.test(verb)) {
    if (/\b(?:in\s+mind|to\s+heart|on\s+board|into\s+account|with\s+me|close)\b/.test(object))
      return false;
    if (
      /^(?:your|the|that|this|those|these)\s+(?:advice|words?|tips?|suggestions?|points?)\s*[.!,;]?\s*$/.test(
        object,
      )
    ) {
      return false;
    }
  }
  if (verb === "keep" && /^you\b/.test(object)) return false;
  // "I'll have to think about it": "have to" is a need, what follows says whether it is an act.
  if (verb === "have" && /^to\b/.test(object)) return false;
  return true;
}

/**
 * "I'd like to shadow a nurse": compromise may not read the word after "to" as a verb; the
 * complement is then that word, read as a verb.
 */
function toComplement(phrase: VerbPhrase): VerbPhrase | null {
  const word = /^\s*to\s+([a-z][a-z-]*)\b/i.exec(phrase.after)?.[1]?.toLowerCase();
  if (!word) return null;
  const rest = phrase.after.replace(/^\s*to\s+[a-z][a-z-]*/i, "");
  const start = phrase.end + phrase.after.length - rest.length;
  return {
    ...phrase,
    text: word,
    infinitive: word,
    form: "infinitive",
    auxiliary: "",
    negative: false,
    isInfinitive: true,
    start,
    end: start,
    after: rest,
  };
}

function isFuture(phrase: VerbPhrase): boolean {
  if (pastIntent.test(phrase.auxiliary)) return false;
  return (
    /future/.test(phrase.form) ||
    /\b(?:will|shall|going\s+to|gonna)\b/.test(phrase.auxiliary) ||
    phrase.form === "present-progressive"
  );
}

/** "My next step is to…", "My plan is to…": the writer's plan as the subject. */
function isPlanSubject(phrase: VerbPhrase): boolean {
  return /^my\s+(?:\w+\s+)?(?:step|plan|goal|priority|task|move|aim|intention|to-do)s?\b/i.test(
    phrase.subject.trim(),
  );
}

/**
 * Does the sentence commit the writer to an act, now or to come (METHOD §6: "any action the
 * explorer will take because of it")? The writer is its subject and the act is in the future
 * ("I will sign up", "I'm going to reach out to Ana", "this week I'll rewrite my portfolio"),
 * under way ("I am signing up"), planned or decided ("I plan to…", "I've decided to…", "my
 * next step is to…"), or just done because of the talk ("I've already signed up", "right after
 * our call I signed up"). A wish counts only with a day to it ("I'd like to apply this week").
 * Not an action: a denial ("I won't…", "I don't plan to…"), a past intention ("I was going to
 * ask"), a wish or regret ("I wish I had asked"), a question ("Should I sign up?"), a maybe
 * ("I might…"), thanks and feelings ("I'll never forget your kindness", "I'll keep your advice
 * in mind"), and notes to the reader ("I'll keep you posted": that is staying in touch).
 */
export function commitsToAction(raw: string): boolean {
  const sentence = withoutBlanks(raw);
  if (sentence.length === 0 || isAsked(sentence)) return false;
  // The writer is the subject, or their plan is: no "I" or "my", no commitment.
  if (!/\b(?:I|my|I['’](?:m|ll|ve|d))\b/.test(sentence)) return false;
  const phrases = verbPhrasesOf(sentence);
  let committed: VerbPhrase | null = null;
  for (let index = 0; index < phrases.length; index += 1) {
    const phrase = phrases[index];
    if (!phrase) continue;
    const next = phrases[index + 1];
    const completes =
      next?.isInfinitive === true && next.clause === phrase.clause ? next : toComplement(phrase);
    const ownPlan = isPlanSubject(phrase);
    // "…and apply to the fellowship": a verb joined by "and" shares the commitment before it.
    const joined =
      committed !== null &&
      !phrase.isInfinitive &&
      (phrase.doer === "none" || phrase.doer === "other" || phrase.doer === committed.doer) &&
      /^\s*(?:and|then|and\s+then)\s*$/i.test(sentence.slice(committed.end, phrase.start));
    if (joined && !isDenied(phrases, index) && isAct(phrase)) return true;
    if (!phrase.isInfinitive) committed = null;
    if (phrase.doer !== "writer" && !ownPlan) continue;
    if (phrase.isInfinitive || isDenied(phrases, index)) continue;
    if (ownPlan && phrase.infinitive === "be") {
      if (completes && isAct(completes) && !isDenied(phrases, index + 1)) return true;
      continue;
    }
    if (pastIntent.test(phrase.auxiliary) || phrase.form === "past-perfect") continue;
    const verb = phrase.infinitive;
    const hedged =
      modalHedges.test(phrase.auxiliary) && !/\b(?:will|shall)\b/.test(phrase.auxiliary);
    const perfect =
      phrase.form === "present-perfect" ||
      (/gerund/.test(phrase.form) && /\bha(?:ve|s)\b/.test(phrase.auxiliary));
    const past = phrase.form === "simple-past" || phrase.form === "past-progressive";
    if (wishVerbs.has(verb) || (hedged && (verb === "like" || verb === "love"))) {
      if (verb === "wish" || past) continue;
      if (completes && isAct(completes) && timeFrame.test(sentence)) return true;
      continue;
    }
    if (hedged) continue;
    if (commitVerbs.has(verb) && completes) {
      if (past && !doneMarker.test(sentence)) continue;
      if (isAct(completes) && !isDenied(phrases, index + 1)) return true;
      continue;
    }
    if (verb === "be" && completes) {
      // "I'll be sure to…", "I'm planning to…" (read as be + complement), "I'm ready to… this week".
      if ((isFuture(phrase) || timeFrame.test(sentence)) && isAct(completes)) return true;
      continue;
    }
    if (!isAct(phrase)) {
      // "I'll take your advice and [apply]": the promise carries over "and".
      committed = isFuture(phrase) ? phrase : null;
      continue;
    }
    if (isFuture(phrase)) return true;
    if (perfect) return true;
    if (past && doneMarker.test(sentence)) return true;
    if (phrase.form === "simple-present" && timeFrame.test(sentence)) return true;
  }
  return false;
}

// ——— An offer to stay in touch (no_stay_in_touch) ———

/** Ways of keeping the reader posted or staying connected, as written. */
const stayPatterns: readonly RegExp[] = [
  /\blet(?:ting)?\s+you\s+(?:know|hear)\b/i,
  /\b(?:keep|kept|keeping)\s+you\s+(?:posted|updated|informed|in\s+the\s+loop|up\s+to\s+date|apprised|abreast)\b/i,
  /\b(?:updat(?:e|ed|ing)|inform(?:ed|ing)?)\s+you\b/i,
  /\b(?:send|sent|sending)\s+(?:you\s+)?(?:a\s+|an\s+|my\s+)?(?:quick\s+|short\s+|brief\s+)?(?:update|updates|note|line|connection\s+request|invitation|invite)\b/i,
  /\b(?:stay|keep|be|remain|get|staying|keeping)\s+in\s+(?:touch|contact)\b/i,
  /\b(?:stay|keep|remain)\s+connected\b/i,
  /\bconnect(?:ing)?\s+(?:with\s+you|on\s+\S+|here)\b/i,
  /\b(?:follow|catch)\s+up\s+with\s+you\b/i,
  /\bcatch\s+up\s+(?:again|sometime|soon|later|in)\b/i,
  /\bdrop\s+you\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:note|line|message|email|e-mail)\b/i,
  /\breport\s+back\b/i,
  /\btouch\s+base\b/i,
  /\bcheck\s+in\s+(?:with\s+you|again|in|later|once|after)\b/i,
  /\b(?:write|reach\s+out|email\s+you|e-mail\s+you|talk|speak|chat|meet|be\s+in\s+touch|circle\s+back)\s+(?:to\s+you\s+|with\s+you\s+)?again\b/i,
  /\b(?:write|reach\s+out)\s+(?:to\s+you\s+)?(?:once|when|after|in\s+(?:a|two|three|\d+|the))\b/i,
  /\btell\s+you\s+(?:how|what|about)\b/i,
  /\bhear\s+from\s+me\b/i,
  /\b(?:follow(?:ed|ing)?|add(?:ed|ing)?)\s+you\s+on\b/i,
  /\b(?:feel\s+free\s+to|please|hesitate\s+to)\s+(?:reach\s+out|contact\s+me|get\s+in\s+touch|drop\s+me\s+a\s+line|keep\s+in\s+touch)\b/i,
  /\bour\s+paths\s+cross\s+again\b/i,
];

/**
 * Does the sentence offer to stay in touch (METHOD §6: "an offer to stay in touch, e.g.
 * connect on a networking site")? An offer to keep them posted ("I'll let you know how it
 * goes", "I will keep you posted", "I'll send you an update"), to stay connected ("I'd love to
 * stay in touch", "may I connect with you on LinkedIn?" — a question is an offer here) or to
 * write or talk again. Not an offer: good wishes ("I hope you have a good week"), waiting for
 * their reply ("I look forward to hearing from you"), a denial ("I won't bother you with
 * updates"), the past ("we stayed in touch after the conference"), someone else's promise
 * ("Ana said she would let you know").
 */
export function offersToStayInTouch(raw: string): boolean {
  const sentence = withoutBlanks(raw);
  if (sentence.length === 0) return false;
  const asked = isAsked(sentence);
  if (!stayPatterns.some((pattern) => pattern.test(sentence))) return false;
  const phrases = verbPhrasesOf(sentence);
  for (const pattern of stayPatterns) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    // The verb phrase the offer is said in: the last one that starts at or before it.
    let index = -1;
    phrases.forEach((phrase, at) => {
      if (phrase.start <= match.index + 1) index = at;
    });
    const phrase = phrases[index];
    if (!phrase) return true;
    if (isDenied(phrases, index)) continue;
    // Whose offer: the governing verb's subject ("Ana said she would let you know" is not the writer's).
    let head = index;
    while (head > 0 && phrases[head]?.isInfinitive && phrases[head - 1]?.clause === phrase.clause)
      head -= 1;
    const doer = phrases[head]?.doer ?? "none";
    const ownDoer = phrase.doer;
    const reader = /hear\s+from\s+me/i.test(match[0]) ? ownDoer === "reader" : false;
    if (!reader && doer !== "writer" && doer !== "we" && doer !== "none" && !asked) continue;
    // "Did you stay in touch with your team?" asks about them; "May I connect…?" offers.
    if (asked && !reader && ownDoer !== "writer" && ownDoer !== "we" && ownDoer !== "none")
      continue;
    if (!reader && ownDoer === "other" && doer !== "writer") continue;
    const past =
      (phrase.form === "simple-past" ||
        phrase.form === "present-perfect" ||
        phrase.form === "past-perfect") &&
      !/\b(?:will|would|shall|can|could|may|might)\b/.test(phrase.auxiliary) &&
      !phrase.isInfinitive;
    if (past && !asked) continue;
    return true;
  }
  return false;
}
