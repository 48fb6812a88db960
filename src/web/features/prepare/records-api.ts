import type {
  PitchInput,
  PreparedAnswersInput,
  ResearchNoteInput,
  ResearchNotePatch,
  StoryInput,
  StoryPatch,
} from "../../../domain/prepare/preparation.js";
import { api, byId, unwrap } from "../../lib/api-client.js";

/** Prepare's records: research notes, pitches, prepared answers, the story bank and the picks. */

export type NotesOf = { personId: string } | { organizationId: string };

export const researchNotesApi = {
  list: (of: NotesOf) => unwrap(api["research-notes"].$get({ query: of })),
  add: async (draft: ResearchNoteInput) =>
    (await unwrap(api["research-notes"].$post({ json: draft }))).note,
  update: async (id: string, patch: ResearchNotePatch) =>
    (await unwrap(api["research-notes"][":id"].$patch({ ...byId(id), json: patch }))).note,
  remove: async (id: string) => (await unwrap(api["research-notes"][":id"].$delete(byId(id)))).note,
  restore: async (id: string) =>
    (await unwrap(api["research-notes"][":id"].restore.$post(byId(id)))).note,
};

export const pitchesApi = {
  list: () => unwrap(api.pitches.$get()),
  saveDefault: async (parts: PitchInput) =>
    (await unwrap(api.pitches.default.$put({ json: parts }))).pitch,
  saveFor: async (organizationId: string, parts: PitchInput) =>
    (
      await unwrap(
        api.pitches.organizations[":organizationId"].$put({
          param: { organizationId: encodeURIComponent(organizationId) },
          json: parts,
        }),
      )
    ).pitch,
  remove: async (id: string) => (await unwrap(api.pitches[":id"].$delete(byId(id)))).pitch,
  restore: async (id: string) => (await unwrap(api.pitches[":id"].restore.$post(byId(id)))).pitch,
};

export const preparedAnswersApi = {
  list: async () => (await unwrap(api["prepared-answers"].$get())).answers,
  save: async (draft: PreparedAnswersInput) =>
    (await unwrap(api["prepared-answers"].$put({ json: draft }))).answers,
};

export const storiesApi = {
  list: async () => (await unwrap(api.stories.$get())).stories,
  add: async (draft: StoryInput) => (await unwrap(api.stories.$post({ json: draft }))).story,
  update: async (id: string, patch: StoryPatch) =>
    (await unwrap(api.stories[":id"].$patch({ ...byId(id), json: patch }))).story,
  remove: async (id: string) => (await unwrap(api.stories[":id"].$delete(byId(id)))).story,
  restore: async (id: string) => (await unwrap(api.stories[":id"].restore.$post(byId(id)))).story,
  picks: (activityId: string) => unwrap(api.conversations[":id"].stories.$get(byId(activityId))),
  savePicks: (activityId: string, storyIds: string[]) =>
    unwrap(api.conversations[":id"].stories.$put({ ...byId(activityId), json: { storyIds } })),
};
