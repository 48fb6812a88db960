/**
 * The API's contract for the web, as types only: the web imports this file with
 * `import type` (the lint allows nothing else from the server) and derives its client
 * with Hono's `hc<ApiRoutes>("/api")`, so a renamed key or a wrong field in a body fails
 * `tsc` instead of a browser test.
 */
import type { apiRoutes } from "./api.js";

export type ApiRoutes = ReturnType<typeof apiRoutes>;
