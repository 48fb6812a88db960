import type { Page } from "playwright-core";

/**
 * The app's main pages as a user reaches them (with insights-effort-seed's people), each with
 * the heading that says it has drawn: the whole-app checks (policy, accessibility) visit these.
 */
export function mainPages(personId: string): [path: string, heading: string][] {
  return [
    ["/today", "Today"],
    ["/people", "People"],
    ["/people/board", "People"],
    [`/people/${personId}`, "Maya Chen"],
    ["/organizations", "Organizations"],
    ["/trips", "Trips"],
    ["/conversations", "Conversations"],
    ["/insights", "Insights"],
    ["/insights?section=effort", "Insights"],
    ["/insights?section=network", "Insights"],
    ["/settings", "Settings"],
    ["/import", "Import"],
  ];
}

/** Opens a page and waits until it has drawn and asked for everything it will. */
export async function openDrawn(page: Page, url: string, heading: string) {
  const response = await page.goto(url);
  await page.getByRole("heading", { level: 1, name: heading }).first().waitFor();
  await page.waitForLoadState("networkidle");
  return response;
}
