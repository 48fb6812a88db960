// The prepare feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazy } from "react";
import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./prepare-pages.js");

export const PreparePage = lazyPage(pages, "PreparePage");
// The one-page brief: its own chunk (brief-pages.ts), so opening it loads no editing code.
export const BriefPage = lazyPage(() => import("./brief-pages.js"), "BriefPage");

// Links to the page use lib/conversations-format.ts's preparePath (no need to load this feature).
export { OwnQuestionBank } from "./own-question-bank.js";
export { usePrepareSettings, useSavePrepareSettings } from "./queries.js";

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
