import { describe, expect, it } from "vitest";
import type { TakeawayTag } from "../follow-up/takeaway.js";
import { type ThemeTakeaway, themeKey, themes } from "./themes.js";

let next = 0;
function takeaway(personId: string, text: string, tag: TakeawayTag = "skill"): ThemeTakeaway {
  next += 1;
  return { id: `t${next}`, activityId: `c-${personId}`, personId, tag, text };
}

describe("theme keys", () => {
  it("sets the framing and the word forms aside", () => {
    expect(themeKey("learn SQL")).toBe("sql");
    expect(themeKey("SQL skills")).toBe("sql");
    expect(themeKey("Get better at SQL")).toBe("sql");
    expect(themeKey("portfolio reviews")).toBe("portfolio review");
    expect(themeKey("Review your portfolio")).toBe("portfolio review");
    expect(themeKey("attend networking meetups")).toBe("attend meetup network");
  });
});

describe("themes", () => {
  it("counts people, not takeaways, and shows what was merged", () => {
    const list = themes([
      takeaway("ana", "learn SQL"),
      takeaway("ben", "SQL skills"),
      takeaway("ben", "SQL"),
      takeaway("cy", "Figma"),
      takeaway("ana", "learn SQL", "advice"),
    ]);
    expect(list.map((theme) => [theme.tag, theme.key, theme.label, theme.people])).toEqual([
      ["skill", "sql", "SQL", 2],
      ["skill", "figma", "Figma", 1],
      ["advice", "sql", "learn SQL", 1],
    ]);
    expect(list[0]?.takeaways.map((each) => each.text)).toEqual(["learn SQL", "SQL skills", "SQL"]);
  });

  it("keeps a subset apart, narrows to one tag, and is empty for none", () => {
    const list = themes(
      [takeaway("a", "design"), takeaway("b", "design portfolio"), takeaway("c", "x", "trend")],
      "skill",
    );
    expect(list.map((theme) => theme.key)).toEqual(["design", "design portfolio"]);
    expect(themes([])).toEqual([]);
  });
});

describe("theme labels and odd wordings", () => {
  it("labels a theme by the wording said most, then the shortest, whatever the case", () => {
    const list = themes([
      takeaway("a", "Get better at SQL"),
      takeaway("b", "Get better at SQL"),
      takeaway("c", "SQL skills"),
      takeaway("d", "learn sql"),
      takeaway("e", "Learn SQL"),
      takeaway("f", "Learn SQL"),
    ]);
    expect(list.map((theme) => [theme.key, theme.label, theme.people])).toEqual([
      // "learn sql" three times (folded), written "learn sql" first.
      ["sql", "learn sql", 6],
    ]);
  });

  it("keeps wordings with no content words apart by their text, and counts a person once", () => {
    const list = themes([
      takeaway("a", "The"),
      takeaway("a", "the "),
      takeaway("b", "!!!"),
      takeaway("b", "design"),
      takeaway("b", "Design"),
    ]);
    expect(
      list.map((theme) => [theme.key, theme.label, theme.people, theme.takeaways.length]),
    ).toEqual([
      ["design", "design", 1, 2],
      ["the", "The", 1, 2],
      ["!!!", "!!!", 1, 1],
    ]);
    expect(themes([takeaway("a", "learn SQL")])).toMatchObject([
      { tag: "skill", key: "sql", label: "learn SQL", people: 1 },
    ]);
  });
});
