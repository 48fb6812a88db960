import type { Generated } from "kysely";

/**
 * The tables as Kysely sees them. Instants are UTC ISO-8601 text in both dialects: one
 * representation, sortable as text, and no driver-specific Date parsing.
 */
export interface Database {
  organizations: OrganizationTable;
  people: PersonTable;
  activities: ActivityTable;
  network_asks: NetworkAskTable;
  profiles: ProfileTable;
  targets: TargetTable;
  person_targets: PersonTargetTable;
  organization_targets: OrganizationTargetTable;
  action_states: ActionStateTable;
  settings: SettingsTable;
  trips: TripTable;
  templates: TemplateTable;
  due_actions: DueActionTable;
  due_action_builds: DueActionBuildTable;
  insights_facts: InsightsFactTable;
  insights_fact_builds: InsightsFactBuildTable;
  preparations: PreparationTable;
  plan_questions: PlanQuestionTable;
  bank_questions: BankQuestionTable;
  research_notes: ResearchNoteTable;
  pitches: PitchTable;
  prepared_answers: PreparedAnswerTable;
  stories: StoryTable;
  preparation_stories: PreparationStoryTable;
  conduct_sessions: ConductSessionTable;
  conduct_notes: ConductNoteTable;
  takeaways: TakeawayTable;
  reflections: ReflectionTable;
  check_ins: CheckInTable;
  devices: DeviceTable;
  pairing_tokens: PairingTokenTable;
}

interface OwnedRow {
  id: string;
  /** Local mode has one implicit owner; multi-user mode isolates rows by this column. */
  owner_id: string;
  created_at: string;
  updated_at: string;
  /** Soft delete: the row stays recoverable (undo) until it is purged. */
  deleted_at: string | null;
}

export interface OrganizationTable extends OwnedRow {
  name: string;
  /** nameKey(name), written by the store (stored-keys.ts); unique among live rows per owner. */
  name_key: string;
  website: string | null;
  industry: string | null;
  /** JSON array of strings. */
  locations: Generated<string>;
  mission: string | null;
  notes: string | null;
}

export interface PersonTable extends OwnedRow, PersonReferralColumns {
  name: string;
  title: string | null;
  organization_id: string | null;
  email: string | null;
  phone: string | null;
  phone_extension: string | null;
  work_address: string | null;
  location: string | null;
  profile_url: string | null;
  source: string | null;
  common_ground: string | null;
  notes: string | null;
  /** Their own follow-up routine ("standard" | "3b7"); null follows the settings. */
  routine: string | null;
  /** Their own fields the quick filter matches, folded (stored-keys.ts); never from input. */
  filter_text: Generated<string>;
  /** nameKey(location), for the location filter. */
  location_key: string | null;
  /** Keep in touch every this many months after the thank-you; null follows the settings. */
  keep_in_touch_months: number | null;
}

export interface PersonReferralColumns {
  /** Who introduced this person (METHOD §2: referrals snowball). */
  referred_by_id: string | null;
  /** May the introducer be named in outreach: "yes" | "no" | "not_asked". */
  mention_permission: Generated<string>;
  /** The network ask that produced this person, when it did. */
  network_ask_id: string | null;
  /** Cache of `deriveStage` over the person's log; never written from user input. */
  stage: Generated<string>;
  /** Cache of `lastTouch` over the person's log. */
  last_touch_at: string | null;
}

export interface ActivityTable extends OwnedRow {
  person_id: string;
  kind: string;
  occurred_at: string;
  channel: string | null;
  outcome: string | null;
  with_name: string | null;
  suggested_person_id: string | null;
  scheduled_for: string | null;
  /** For a scheduled conversation: its length; its mode is `channel`. */
  duration_minutes: number | null;
  /** For a scheduled conversation: an address or a video link. */
  place: string | null;
  detail: string | null;
}

export interface NetworkAskTable extends OwnedRow {
  person_id: string;
  asked_at: string;
  question: string;
  outcome: string | null;
}

export interface ProfileTable {
  owner_id: string;
  name: string | null;
  school_or_role: string | null;
  search_status: string | null;
  phone: string | null;
  email: string | null;
  welcome_done_at: string | null;
  updated_at: string;
}

export interface TargetTable {
  id: string;
  owner_id: string;
  kind: string;
  label: string;
  flexibility: string | null;
  position: Generated<number>;
  created_at: string;
}

export interface PersonTargetTable {
  owner_id: string;
  person_id: string;
  target_id: string;
}

export interface OrganizationTargetTable {
  owner_id: string;
  organization_id: string;
  target_id: string;
}

export interface ActionStateTable {
  owner_id: string;
  /** The cadence's key for one reminder; a new touch makes a new key. */
  key: string;
  snoozed_until: string | null;
  dismissed_at: string | null;
  dismiss_reason: string | null;
  updated_at: string;
}

export interface SettingsTable {
  owner_id: string;
  /** JSON of CadenceSettings; null until the explorer changes a default. */
  cadence: string | null;
  /** The secret in the calendar feed's address; rotating it cuts off old subscriptions. */
  calendar_secret: string | null;
  /** JSON of the coach's limits; null until the explorer changes a default. */
  coach: string | null;
  /** JSON of PrepareSettings (minutes per answer, speaking rate…); null for the defaults. */
  prepare: string | null;
  updated_at: string;
}

export interface TripTable extends OwnedRow {
  place: string;
  /** Calendar dates, YYYY-MM-DD, inclusive. */
  starts_on: string;
  ends_on: string;
  note: string | null;
}

export interface TemplateTable extends OwnedRow {
  name: string;
  /** nameKey(name), written by the store (stored-keys.ts); unique among live rows per owner. */
  name_key: string;
  /** What it is for: "email" | "letter" | "network_message" | "thank_you" | "confirm" | "update". */
  purpose: string;
  subject: string | null;
  body: string;
}

/** A cached pending reminder (domain `PendingAction`); written only by services/due-actions.ts. */
export interface DueActionTable {
  owner_id: string;
  key: string;
  person_id: string;
  reason: string;
  due_at: string;
  overdue_at: string | null;
  triggered_by: string | null;
  conversation_at: string | null;
  source_person_id: string | null;
}

export interface DueActionBuildTable {
  owner_id: string;
  version: string;
  built_at: string;
}

/** Which rules built an owner's insights_facts, as for the reminders. */
export type InsightsFactBuildTable = DueActionBuildTable;

/** What Effort needs of one person's log (insights-facts.ts keeps it). */
export interface InsightsFactTable {
  owner_id: string;
  person_id: string;
  furthest: number;
  days_to_first_answer: number | null;
  first_outreach_channel: string | null;
  /** JSON array of minutes since the epoch. */
  activity_minutes: string;
}

/** One conversation's preparation; activity_id is its "meeting_scheduled" entry (unique per owner). */
export interface PreparationTable extends OwnedRow {
  activity_id: string;
  objective: string | null;
  /** Their answer to "what do you know about us?" for this conversation. */
  about_them: string | null;
  /** JSON array of checklist item keys ticked (domain checklists). */
  checklist_done: string;
}

/** One question of a conversation's plan; `position` orders them (lowest first). */
export interface PlanQuestionTable extends OwnedRow {
  activity_id: string;
  position: number;
  /** The plan's own copy of the text. */
  text: string;
  /** "field" | "person" | "chances" (METHOD §4's three groups). */
  question_group: string;
  /** JSON array of TIARA tags. */
  tags: string;
  /** Picked from the built-in bank: its key. */
  builtin_key: string | null;
  /** Picked from the explorer's own bank: its id. */
  bank_question_id: string | null;
  /** 1 when the explorer marked it a spare. */
  spare: number;
  /** During the conversation: "asked", "answered" (without being asked), or null. */
  asked: string | null;
  /** The one-line note taken on it during the conversation. */
  conduct_note: string | null;
}

export interface BankQuestionTable extends OwnedRow {
  text: string;
  question_group: string;
  /** JSON array of TIARA tags. */
  tags: string;
}

/** Exactly one of person_id and organization_id is set. */
export interface ResearchNoteTable extends OwnedRow {
  person_id: string | null;
  organization_id: string | null;
  /** Markdown, as typed; rendered only through the sanitizing renderer. */
  body: string;
  /** The day it was noted (YYYY-MM-DD). */
  noted_on: string;
}

/** organization_id null is the explorer's default pitch; at most one live pitch per organization. */
export interface PitchTable extends OwnedRow {
  organization_id: string | null;
  who_i_am: string;
  work_i_hope: string;
  learn_today: string;
}

/** At most one live answer per prompt ("about_you" | "why_field" | "looking_for"). */
export interface PreparedAnswerTable extends OwnedRow {
  prompt: string;
  answer: string;
}

export interface StoryTable extends OwnedRow {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  /** JSON array of skill or theme tags. */
  tags: string;
}

/** A story picked for one conversation. */
export interface PreparationStoryTable extends OwnedRow {
  activity_id: string;
  story_id: string;
}

/** One conversation run in conduct mode (unique per owner and activity_id). */
export interface ConductSessionTable extends OwnedRow {
  activity_id: string;
  started_at: string;
  ended_at: string | null;
  /** 1 once the explorer asked permission to take notes. */
  notes_permission: number;
}

/** One line of the free notes pad; its id is the client's, so a replay writes it once. */
export interface ConductNoteTable extends OwnedRow {
  activity_id: string;
  body: string;
  noted_at: string;
}

/** A tagged takeaway of one conversation (domain/follow-up/takeaway.ts). */
export interface TakeawayTable extends OwnedRow {
  activity_id: string;
  /** The person the conversation was with (their advice; an update goes to them). */
  person_id: string;
  tag: string;
  text: string;
  /** For an "action" takeaway: the day it is due (YYYY-MM-DD). */
  action_due_on: string | null;
  /** For an "action" takeaway: when it was done. */
  action_done_at: string | null;
}

/** The five Cs (1–5, null when not rated) and notes after one conversation. */
export interface ReflectionTable extends OwnedRow {
  activity_id: string;
  confidence: number | null;
  competence: number | null;
  communication: number | null;
  character: number | null;
  chemistry: number | null;
  note: string | null;
  change_next: string | null;
}

/** One "still excited?" rating (1–5) of an interest, or of the direction overall (null). */
export interface CheckInTable extends OwnedRow {
  target_id: string | null;
  rating: number;
  note: string | null;
  /** The ratings given together share this instant. */
  checked_at: string;
}

/** A device paired over the LAN; only the secret's hash is kept. Never in backups. */
export interface DeviceTable {
  id: string;
  owner_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

/** A one-time pairing link's secret (hashed), until used or expired. Never in backups. */
export interface PairingTokenTable {
  id: string;
  owner_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
