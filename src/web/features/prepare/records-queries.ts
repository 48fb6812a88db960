import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  PitchInput,
  PreparedAnswersInput,
  ResearchNoteInput,
  ResearchNotePatch,
  StoryInput,
  StoryPatch,
} from "../../../domain/prepare/preparation.js";
import {
  afterPitchesChange,
  afterPreparedAnswersSaved,
  afterResearchNotesChange,
  afterStoriesChange,
  afterStoryPicksSaved,
  queryKeys,
} from "../../lib/invalidation.js";
import { coachPitch } from "./pitch-coach-api.js";
import {
  type NotesOf,
  pitchesApi,
  preparedAnswersApi,
  researchNotesApi,
  storiesApi,
} from "./records-api.js";

export function useResearchNotes(of: NotesOf) {
  return useQuery({
    queryKey: queryKeys.researchNotes(of),
    queryFn: () => researchNotesApi.list(of),
  });
}

export function useAddResearchNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: ResearchNoteInput) => researchNotesApi.add(draft),
    onSuccess: () => afterResearchNotesChange(queryClient),
  });
}

export function useUpdateResearchNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ResearchNotePatch }) =>
      researchNotesApi.update(id, patch),
    onSuccess: () => afterResearchNotesChange(queryClient),
  });
}

export function useDeleteResearchNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: researchNotesApi.remove,
    onSuccess: () => afterResearchNotesChange(queryClient),
  });
}

export function useRestoreResearchNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: researchNotesApi.restore,
    onSuccess: () => afterResearchNotesChange(queryClient),
  });
}

export function usePitches() {
  return useQuery({ queryKey: queryKeys.pitches, queryFn: pitchesApi.list });
}

export function useSavePitch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      organizationId,
      parts,
    }: {
      organizationId: string | null;
      parts: PitchInput;
    }) =>
      organizationId === null
        ? pitchesApi.saveDefault(parts)
        : pitchesApi.saveFor(organizationId, parts),
    onSuccess: () => afterPitchesChange(queryClient),
  });
}

export function useDeletePitch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pitchesApi.remove,
    onSuccess: () => afterPitchesChange(queryClient),
  });
}

export function useRestorePitch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pitchesApi.restore,
    onSuccess: () => afterPitchesChange(queryClient),
  });
}

/** The coach's findings for the pitch as it stands; asked again only when the text changes. */
export function usePitchFindings(text: string) {
  return useQuery({
    queryKey: queryKeys.pitchFindings(text),
    queryFn: () => coachPitch(text),
    enabled: text.trim() !== "",
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function usePreparedAnswers() {
  return useQuery({ queryKey: queryKeys.preparedAnswers, queryFn: preparedAnswersApi.list });
}

export function useSavePreparedAnswers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: PreparedAnswersInput) => preparedAnswersApi.save(draft),
    onSuccess: (saved) => afterPreparedAnswersSaved(queryClient, saved),
  });
}

export function useStories() {
  return useQuery({ queryKey: queryKeys.stories, queryFn: storiesApi.list });
}

export function useAddStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: StoryInput) => storiesApi.add(draft),
    onSuccess: () => afterStoriesChange(queryClient),
  });
}

export function useUpdateStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: StoryPatch }) => storiesApi.update(id, patch),
    onSuccess: () => afterStoriesChange(queryClient),
  });
}

export function useDeleteStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: storiesApi.remove,
    onSuccess: () => afterStoriesChange(queryClient),
  });
}

export function useRestoreStory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: storiesApi.restore,
    onSuccess: () => afterStoriesChange(queryClient),
  });
}

export function useStoryPicks(activityId: string) {
  return useQuery({
    queryKey: queryKeys.storyPicks(activityId),
    queryFn: () => storiesApi.picks(activityId),
  });
}

export function useSaveStoryPicks(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (storyIds: string[]) => storiesApi.savePicks(activityId, storyIds),
    onSuccess: (saved) => afterStoryPicksSaved(queryClient, activityId, saved),
  });
}
