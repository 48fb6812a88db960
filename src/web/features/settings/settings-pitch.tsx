import { Suspense } from "react";
import { Loading } from "../../components/query-state.js";
import { PitchSection, PreparedAnswersCard, StoryBank } from "../prepare/index.js";

/**
 * Settings → Pitch and stories: the explorer's default pitch, their prepared answers and
 * the story bank, kept once and used for every conversation (each conversation's page
 * adds its own version of the pitch and the stories picked).
 */
export function PitchAndStoriesSection() {
  return (
    <Suspense fallback={<Loading label="Loading your pitch and stories…" />}>
      <div className="flex flex-col gap-6">
        <PitchSection organizationId={null} />
        <PreparedAnswersCard />
        <StoryBank />
      </div>
    </Suspense>
  );
}
