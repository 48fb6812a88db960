// The welcome feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

import { lazyPage } from "../../lib/lazy-page.js";

const pages = () => import("./welcome-pages.js");

export const WelcomePage = lazyPage(pages, "WelcomePage");

export { WelcomeGate } from "./welcome-gate.js";
