export { coachOutreach } from "./coach-outreach.js";
export * from "./finding.js";
export { lineAt } from "./outreach-text.js";
