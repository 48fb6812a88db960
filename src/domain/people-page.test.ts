import { describe, expect, it } from "vitest";
import { decodePeopleCursor, encodePeopleCursor, sortDirection } from "./people-page.js";

describe("people list cursors", () => {
  it("round-trips text, stage places and empty values, URL-safe", () => {
    const cursors = [
      { sort: "name", direction: "asc", value: "émile zola", name: "émile zola", id: "p-1" },
      { sort: "stage", direction: "desc", value: 3, name: "ada", id: "p-2" },
      { sort: "last_touch", direction: "desc", value: null, name: "zoë/+?", id: "p-3" },
    ] as const;
    for (const cursor of cursors) {
      const token = encodePeopleCursor(cursor);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodePeopleCursor(token, cursor.sort, cursor.direction)).toEqual({
        ok: true,
        cursor,
      });
    }
  });

  it("refuses altered tokens and tokens made for another order", () => {
    const token = encodePeopleCursor({
      sort: "name",
      direction: "asc",
      value: "ada",
      name: "ada",
      id: "p-1",
    });
    const notOurs = { ok: false, message: "This cursor is not one the people list gave" };
    expect(decodePeopleCursor(`${token}!`, "name", "asc")).toEqual(notOurs);
    expect(decodePeopleCursor(token.slice(0, -3), "name", "asc")).toEqual(notOurs);
    expect(decodePeopleCursor("", "name", "asc")).toEqual(notOurs);
    expect(decodePeopleCursor(btoa('["name","asc","ada","ada",""]'), "name", "asc")).toEqual(
      notOurs,
    );
    expect(decodePeopleCursor(btoa('["stage","asc","met","ada","p"]'), "stage", "asc")).toEqual(
      notOurs,
    );
    expect(decodePeopleCursor(btoa('["name","asc",3,"ada","p"]'), "name", "asc")).toEqual(notOurs);
    const otherOrder = {
      ok: false,
      message: "This cursor belongs to another sort order; start again from the first page",
    };
    expect(decodePeopleCursor(token, "updated", "asc")).toEqual(otherOrder);
    expect(decodePeopleCursor(token, "name", "desc")).toEqual(otherOrder);
  });

  it("reads times newest first unless told otherwise", () => {
    expect(sortDirection({})).toBe("asc");
    expect(sortDirection({ sort: "updated" })).toBe("desc");
    expect(sortDirection({ sort: "last_touch", direction: "asc" })).toBe("asc");
  });
});
