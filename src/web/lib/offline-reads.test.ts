import { describe, expect, it } from "vitest";
import { keptConversationIds, offlineReadOf, stillWanted } from "./offline-reads.js";

const address = (path: string) => new URL(path, "http://127.0.0.1:4477");

describe("the reads kept for offline use", () => {
  it("names a conversation's own reads by id and part", () => {
    expect(offlineReadOf(address("/api/conversations/act-1/preparation"))).toEqual({
      kind: "conversation",
      activityId: "act-1",
      part: "preparation",
    });
    expect(offlineReadOf(address("/api/conversations/act-1/conduct"))).toMatchObject({
      part: "conduct",
    });
    expect(offlineReadOf(address("/api/conversations/act-1/brief"))).toMatchObject({
      part: "brief",
    });
    expect(offlineReadOf(address("/api/conversations/act-1/stories"))).toMatchObject({
      part: "stories",
    });
  });

  it("leaves out files, other parts and anything outside the API", () => {
    expect(offlineReadOf(address("/api/conversations/act-1/brief.pdf"))).toBeNull();
    expect(offlineReadOf(address("/api/conversations/act-1/ics"))).toBeNull();
    expect(offlineReadOf(address("/api/conversations/act-1/plan"))).toBeNull();
    expect(offlineReadOf(address("/api/conversations/act-1/brief?paper=letter"))).toBeNull();
    expect(offlineReadOf(address("/api/people"))).toBeNull();
    expect(offlineReadOf(address("/calendar/secret.ics"))).toBeNull();
    expect(offlineReadOf(address("/conversations/act-1/prepare"))).toBeNull();
  });

  it("knows the shared reads exactly, without a query", () => {
    expect(offlineReadOf(address("/api/conversations"))).toEqual({
      kind: "shared",
      path: "/api/conversations",
    });
    expect(offlineReadOf(address("/api/profile"))).toEqual({
      kind: "shared",
      path: "/api/profile",
    });
    expect(offlineReadOf(address("/api/profile?x=1"))).toBeNull();
  });

  it("names research notes by the one person or organization they are asked for", () => {
    expect(offlineReadOf(address("/api/research-notes?personId=p-1"))).toEqual({
      kind: "notes",
      of: "personId",
      id: "p-1",
    });
    expect(offlineReadOf(address("/api/research-notes?organizationId=o-1"))).toEqual({
      kind: "notes",
      of: "organizationId",
      id: "o-1",
    });
    expect(offlineReadOf(address("/api/research-notes"))).toBeNull();
    expect(
      offlineReadOf(address("/api/research-notes?personId=p-1&organizationId=o-1")),
    ).toBeNull();
    expect(offlineReadOf(address("/api/research-notes?q=p-1"))).toBeNull();
  });

  it("keeps shared reads, and the others while their conversation, person or organization is kept", () => {
    const wanted = {
      activityIds: new Set(["act-1"]),
      personIds: new Set(["p-1"]),
      organizationIds: new Set(["o-1"]),
    };
    const read = (path: string) => {
      const found = offlineReadOf(address(path));
      if (!found) throw new Error(`${path} is not a saved read`);
      return found;
    };
    expect(stillWanted(read("/api/stories"), wanted)).toBe(true);
    expect(stillWanted(read("/api/conversations/act-1/brief"), wanted)).toBe(true);
    expect(stillWanted(read("/api/conversations/act-2/brief"), wanted)).toBe(false);
    expect(stillWanted(read("/api/research-notes?personId=p-1"), wanted)).toBe(true);
    expect(stillWanted(read("/api/research-notes?personId=p-2"), wanted)).toBe(false);
    expect(stillWanted(read("/api/research-notes?organizationId=o-1"), wanted)).toBe(true);
    expect(stillWanted(read("/api/research-notes?organizationId=p-1"), wanted)).toBe(false);
  });

  it("counts a conversation as kept when its conduct read, preparation and brief are all saved", () => {
    const saved = [
      "/api/conversations/both/conduct",
      "/api/conversations/both/preparation",
      "/api/conversations/both/brief",
      "/api/conversations/no-conduct/preparation",
      "/api/conversations/no-conduct/brief",
      "/api/conversations/half/preparation",
      "/api/conversations/half/stories",
      "/api/conversations",
      "/api/research-notes?personId=p-1",
    ].map(address);
    expect([...keptConversationIds(saved)]).toEqual(["both"]);
  });
});
