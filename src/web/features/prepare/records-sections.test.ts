import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ToastProvider } from "../../components/toast.js";
import { queryKeys } from "../../lib/invalidation.js";
import { AnswersStoriesSection } from "./answers-stories-section.js";
import { PitchSection } from "./pitch-section.js";

const at = "2026-11-22T09:00:00.000Z";
const base = {
  id: "p1",
  organizationId: null,
  whoIAm: "I am a nurse of six years",
  workIHope: "I hope to work in health data",
  learnToday: "I would love to learn how you began",
  updatedAt: at,
};

/** Renders with answers already in the cache, as a page does once its queries came back. */
function render(element: ReactNode, seed: (client: QueryClient) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  seed(client);
  return renderToStaticMarkup(
    createElement(QueryClientProvider, { client }, createElement(ToastProvider, null, element)),
  );
}

describe("the records sections, from cached answers", () => {
  it("offers an organization its own version, starting from the default pitch", () => {
    const html = render(
      createElement(PitchSection, { organizationId: "o1", organizationName: "Acme Health" }),
      (client) => client.setQueryData(queryKeys.pitches, { default: base, variants: [] }),
    );
    expect(html).toContain("Pitch for Acme Health");
    expect(html).toContain("Make a version for Acme Health");
    expect(html).toContain(
      "I am a nurse of six years. I hope to work in health data. I would love to learn how you began.",
    );
  });

  it("shows the organization's own version with its seconds and the way back to the default", () => {
    const variant = { ...base, id: "p2", organizationId: "o1", organizationName: "Acme Health" };
    const html = render(
      createElement(PitchSection, { organizationId: "o1", organizationName: "Acme Health" }),
      (client) => client.setQueryData(queryKeys.pitches, { default: base, variants: [variant] }),
    );
    // 22 words at 140 words a minute.
    expect(html).toContain('data-testid="pitch-seconds">9 s</span>');
    expect(html).toContain("Use the default instead");
  });

  it("puts the conversation's own answer about them in its place among the prepared answers", () => {
    const html = render(
      createElement(AnswersStoriesSection, {
        activityId: "a1",
        aboutThem: createElement("p", null, "ABOUT-THEM-SLOT"),
      }),
      (client) => {
        client.setQueryData(queryKeys.preparedAnswers, [
          { prompt: "about_you", answer: "A nurse moving into data.", updatedAt: at },
        ]);
        client.setQueryData(queryKeys.stories, []);
      },
    );
    const order = [
      "Tell me about yourself",
      "Why this field?",
      "ABOUT-THEM-SLOT",
      "What are you looking for?",
    ].map((text) => html.indexOf(text));
    expect(order.every((place) => place >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The slot's field labels itself; the card adds no second "What do you know about us?".
    expect(html).not.toContain("What do you know about us?");
    expect(html).toContain("A nurse moving into data.");
    expect(html).toContain("About 2 s to say");
    expect(html).toContain("No stories yet.");
  });
});
