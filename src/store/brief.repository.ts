import type { Kysely, Selectable } from "kysely";
import type { Channel } from "../domain/activity.js";
import type { MentionPermission } from "../domain/network.js";
import type { PersonSource } from "../domain/person.js";
import type {
  Pitch,
  PlanQuestion,
  Preparation,
  QuestionGroup,
  ResearchNote,
  TiaraTag,
} from "../domain/prepare/preparation.js";
import type {
  Database,
  PitchTable,
  PlanQuestionTable,
  PreparationTable,
  ResearchNoteTable,
} from "./schema.js";

/** Everything one conversation's brief is made of, as the store holds it, in domain terms. */
export interface BriefRecords {
  conversation: {
    activityId: string;
    scheduledFor: string;
    durationMinutes: number | null;
    channel: Channel | null;
    place: string | null;
  };
  person: {
    id: string;
    name: string;
    title: string | null;
    phone: string | null;
    phoneExtension: string | null;
    source: PersonSource | null;
    commonGround: string | null;
    mentionPermission: MentionPermission;
  };
  organization: { id: string; name: string; mission: string | null; website: string | null } | null;
  introducer: { id: string; name: string } | null;
  preparation: Preparation | null;
  /** In priority order (position, lowest first). */
  plan: PlanQuestion[];
  /** Live notes, newest first. */
  research: { person: ResearchNote[]; organization: ResearchNote[] };
  /** The organization's live pitch, else the explorer's default, else null. */
  pitch: Pitch | null;
  /** Settings → Prepare as saved (JSON, validated by the domain), or null. */
  prepareSettings: unknown;
}

// Lists of keys and tags are JSON written only through the domain's schemas.
const jsonList = (text: string): string[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
};

function toPreparation(row: Selectable<PreparationTable>): Preparation {
  return {
    activityId: row.activity_id,
    objective: row.objective,
    aboutThem: row.about_them,
    checklistDone: jsonList(row.checklist_done),
    updatedAt: row.updated_at,
  };
}

function toPlanQuestion(row: Selectable<PlanQuestionTable>): PlanQuestion {
  return {
    id: row.id,
    activityId: row.activity_id,
    position: row.position,
    text: row.text,
    group: row.question_group as QuestionGroup,
    tags: jsonList(row.tags) as TiaraTag[],
    builtinKey: row.builtin_key,
    bankQuestionId: row.bank_question_id,
    spare: Boolean(row.spare),
  };
}

function toResearchNote(row: Selectable<ResearchNoteTable>): ResearchNote {
  return {
    id: row.id,
    personId: row.person_id,
    organizationId: row.organization_id,
    body: row.body,
    notedOn: row.noted_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toPitch(row: Selectable<PitchTable>): Pitch {
  return {
    id: row.id,
    organizationId: row.organization_id,
    whoIAm: row.who_i_am,
    workIHope: row.work_i_hope,
    learnToday: row.learn_today,
    updatedAt: row.updated_at,
  };
}

/**
 * The brief's read model: one read of each table it draws on, for one owner and one
 * conversation, straight from the rows (the preparation's own repositories belong to the
 * services that write them).
 */
export function briefRepository(db: Kysely<Database>) {
  async function researchNotes(
    ownerId: string,
    column: "person_id" | "organization_id",
    id: string,
  ): Promise<ResearchNote[]> {
    const rows = await db
      .selectFrom("research_notes")
      .selectAll()
      .where("owner_id", "=", ownerId)
      .where(column, "=", id)
      .where("deleted_at", "is", null)
      .orderBy("noted_on", "desc")
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
    return rows.map(toResearchNote);
  }

  /** The organization's live variant, else the live default (organization_id null). */
  async function pitchFor(ownerId: string, organizationId: string | null): Promise<Pitch | null> {
    let query = db
      .selectFrom("pitches")
      .selectAll()
      .where("owner_id", "=", ownerId)
      .where("deleted_at", "is", null);
    query = organizationId
      ? query.where((where) =>
          where.or([
            where("organization_id", "=", organizationId),
            where("organization_id", "is", null),
          ]),
        )
      : query.where("organization_id", "is", null);
    const rows = await query.orderBy("updated_at", "desc").orderBy("id").execute();
    const chosen =
      rows.find((row) => row.organization_id === organizationId) ??
      rows.find((row) => row.organization_id === null);
    return chosen ? toPitch(chosen) : null;
  }

  return {
    /**
     * The records of a live "meeting_scheduled" entry with a time, of a live person of this
     * owner; null for anything else (another owner's, deleted, another kind of entry).
     */
    async forConversation(ownerId: string, activityId: string): Promise<BriefRecords | null> {
      const entry = await db
        .selectFrom("activities")
        .innerJoin("people", "people.id", "activities.person_id")
        .select([
          "activities.id as activity_id",
          "activities.scheduled_for",
          "activities.duration_minutes",
          "activities.channel",
          "activities.place",
          "people.id as person_id",
          "people.name",
          "people.title",
          "people.phone",
          "people.phone_extension",
          "people.source",
          "people.common_ground",
          "people.mention_permission",
          "people.referred_by_id",
          "people.organization_id",
        ])
        .where("activities.owner_id", "=", ownerId)
        .where("activities.id", "=", activityId)
        .where("activities.kind", "=", "meeting_scheduled")
        .where("activities.deleted_at", "is", null)
        .where("activities.scheduled_for", "is not", null)
        .where("people.owner_id", "=", ownerId)
        .where("people.deleted_at", "is", null)
        .executeTakeFirst();
      if (!entry?.scheduled_for) return null;

      const [organization, introducer, preparation, plan, settings] = await Promise.all([
        entry.organization_id
          ? db
              .selectFrom("organizations")
              .select(["id", "name", "mission", "website"])
              .where("owner_id", "=", ownerId)
              .where("id", "=", entry.organization_id)
              .where("deleted_at", "is", null)
              .executeTakeFirst()
          : undefined,
        entry.referred_by_id
          ? db
              .selectFrom("people")
              .select(["id", "name"])
              .where("owner_id", "=", ownerId)
              .where("id", "=", entry.referred_by_id)
              .where("deleted_at", "is", null)
              .executeTakeFirst()
          : undefined,
        db
          .selectFrom("preparations")
          .selectAll()
          .where("owner_id", "=", ownerId)
          .where("activity_id", "=", activityId)
          .where("deleted_at", "is", null)
          .executeTakeFirst(),
        db
          .selectFrom("plan_questions")
          .selectAll()
          .where("owner_id", "=", ownerId)
          .where("activity_id", "=", activityId)
          .where("deleted_at", "is", null)
          .orderBy("position")
          .orderBy("id")
          .execute(),
        db
          .selectFrom("settings")
          .select("prepare")
          .where("owner_id", "=", ownerId)
          .executeTakeFirst(),
      ]);
      const organizationId = organization?.id ?? null;
      const [personNotes, organizationNotes, pitch] = await Promise.all([
        researchNotes(ownerId, "person_id", entry.person_id),
        organizationId ? researchNotes(ownerId, "organization_id", organizationId) : [],
        pitchFor(ownerId, organizationId),
      ]);

      return {
        conversation: {
          activityId: entry.activity_id,
          scheduledFor: entry.scheduled_for,
          durationMinutes: entry.duration_minutes,
          channel: entry.channel as Channel | null,
          place: entry.place,
        },
        person: {
          id: entry.person_id,
          name: entry.name,
          title: entry.title,
          phone: entry.phone,
          phoneExtension: entry.phone_extension,
          source: entry.source as PersonSource | null,
          commonGround: entry.common_ground,
          mentionPermission: entry.mention_permission as MentionPermission,
        },
        organization: organization ?? null,
        introducer: introducer ?? null,
        preparation: preparation ? toPreparation(preparation) : null,
        plan: plan.map(toPlanQuestion),
        research: { person: personNotes, organization: organizationNotes },
        pitch,
        prepareSettings: settings?.prepare ? (JSON.parse(settings.prepare) as unknown) : null,
      };
    },
  };
}
