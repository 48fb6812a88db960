// Every page of the settings feature, loaded together as one chunk on the first visit (see index.ts).
export { SettingsPage } from "./settings-page.js";
