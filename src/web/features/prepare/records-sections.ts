// Prepare's records sections as one chunk (with the Markdown renderer), loaded the first
// time a page shows one of them: never with Today's first load.
export { AnswersStoriesSection, PreparedAnswersCard } from "./answers-stories-section.js";
export { PitchSection } from "./pitch-section.js";
export { ResearchNotesSection } from "./research-notes-section.js";
export { StoryBank } from "./story-bank-parts.js";
