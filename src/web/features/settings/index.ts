// The settings feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./settings-pages.js");

export const SettingsPage = lazyPage(pages, "SettingsPage");

export type { MailDraft } from "../../../domain/mail-draft.js";
export { cadenceSettingsApi } from "./api.js";
export { useDownloadEml, useResume, useSendEmail, useSmtpAccount } from "./mail-queries.js";
export {
  prefetchProfile,
  useCadenceSettings,
  useFinishWelcome,
  useProfile,
  useSaveProfile,
  useTargets,
} from "./queries.js";
export {
  checkedProfile,
  ProfileFields,
  profileFields,
  profileValues,
} from "./settings-about-you.js";
export { TargetEditor } from "./settings-targets.js";
export { TargetCheckboxes } from "./target-checkboxes.js";
export { useCoachLimits, useTemplates } from "./templates-queries.js";
