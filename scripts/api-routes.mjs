// `npm run docs:api`: rewrites the route list in docs/API.md from the built server's own
// routes (dist/server, which the npm script builds first). src/server/route-list.test.ts
// fails when the list there is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { apiRouteList, renderRouteList, withRouteList } from "../dist/server/route-list.js";

const path = new URL("../docs/API.md", import.meta.url);
const before = readFileSync(path, "utf8");
const after = withRouteList(before, renderRouteList(apiRouteList()));
if (after === before) {
  console.log("docs/API.md: the route list is up to date.");
} else {
  writeFileSync(path, after);
  console.log(`docs/API.md: route list rewritten (${apiRouteList().length} routes).`);
}
