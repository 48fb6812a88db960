// The prepare feature's public surface: what the router and other features may import. Nothing
// else in this folder is imported from outside it.

import { lazy } from "react";

// ——— Prepare's records sections (helper "records"): research notes, pitch, answers and stories.
// Lazy, so the Markdown renderer comes with the page that shows them (person, organization,
// Settings), never with the app's first load. Wrap them in <Suspense>.
const records = () => import("./records-sections.js");
export const ResearchNotesSection = lazy(async () => ({
  default: (await records()).ResearchNotesSection,
}));
export const PitchSection = lazy(async () => ({ default: (await records()).PitchSection }));
export const PreparedAnswersCard = lazy(async () => ({
  default: (await records()).PreparedAnswersCard,
}));
export const StoryBank = lazy(async () => ({ default: (await records()).StoryBank }));
export const AnswersStoriesSection = lazy(async () => ({
  default: (await records()).AnswersStoriesSection,
}));
