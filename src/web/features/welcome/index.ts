// The welcome feature's public surface: what the router and other features may import. Nothing else
// in this folder is imported from outside it.

export { WelcomeGate } from "./welcome-gate.js";
export { WelcomePage } from "./welcome-page.js";
