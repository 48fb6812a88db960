import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiRouteList, renderRouteList, routeListMarkers, withRouteList } from "./route-list.js";

const document = readFileSync(new URL("../../docs/API.md", import.meta.url), "utf8");

describe("the route list in docs/API.md", () => {
  it("is the server's routes exactly (run `npm run docs:api` after changing a route)", () => {
    const start = document.indexOf(routeListMarkers.start);
    const end = document.indexOf(routeListMarkers.end) + routeListMarkers.end.length;
    expect(document.slice(start, end)).toBe(renderRouteList(apiRouteList()));
  });

  it("lists each method and path once, the calendar feed and the test clock included", () => {
    const routes = apiRouteList();
    expect(new Set(routes).size).toBe(routes.length);
    expect(routes).toContain("GET /api/people/:id");
    expect(routes).toContain("GET /calendar/:file");
    expect(routes).toContain("PUT /api/test/clock");
    expect(routes).not.toContain("ALL /api/*");
  });

  it("replaces only what lies between the markers", () => {
    const list = renderRouteList(["GET /api/health"]);
    const rewritten = withRouteList(`before\n${renderRouteList(["X /old"])}\nafter`, list);
    expect(rewritten).toBe(`before\n${list}\nafter`);
  });
});
