// The house rules: which layer may import which (docs/ARCHITECTURE.md). `npm run lint` runs
// `depcruise src` with this file; test/house-rules.test.ts plants one violation per rule and
// sees the check name it. Paths are relative to the repository root.

/** Server and CLI tests open a throwaway store to set a scene up; only they may reach it. */
const testFile = "\\.test\\.tsx?$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-imports-only-domain",
      comment:
        "src/domain is the method as pure functions: it imports nothing of ours outside src/domain " +
        "(npm packages are fine). Move what it needs into src/domain, or pass it in as an argument.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { path: "^src/", pathNot: "^src/domain/" },
    },
    {
      name: "web-not-backend",
      comment:
        "The web reaches the server only over HTTP: it imports no src/services, src/store, " +
        "src/formats or src/cli. Put a shared shape or rule in src/domain and import it from there.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/(services|store|formats|cli)/" },
    },
    {
      name: "web-server-types-only",
      comment:
        "The web may import src/server only as types (`import type { AppType } from …`) for the " +
        "typed client; a value import would put server code in the browser bundle.",
      severity: "error",
      from: { path: "^src/web/" },
      to: { path: "^src/server/", dependencyTypesNot: ["type-only", "type-import"] },
    },
    {
      name: "shells-not-store",
      comment:
        "src/server and src/cli go through src/services, never to src/store directly. Add or use a " +
        "service (src/services/open-store.ts opens the configured store for the CLI).",
      severity: "error",
      from: { path: "^src/(server|cli)/", pathNot: testFile },
      to: { path: "^src/store/" },
    },
    {
      name: "formats-not-store",
      comment:
        "src/formats reads and writes files and is pure: it does not import src/store. Let a " +
        "service pass the rows in and out.",
      severity: "error",
      from: { path: "^src/formats/" },
      to: { path: "^src/store/" },
    },
    {
      name: "feature-through-index",
      comment:
        "Another web feature is imported only through its index.ts " +
        "(src/web/features/<name>/index.ts): export what others need from there.",
      severity: "error",
      from: { path: "^src/web/features/([^/]+)/" },
      to: {
        path: "^src/web/features/[^/]+/",
        pathNot: ["^src/web/features/$1/", "^src/web/features/[^/]+/index\\.tsx?$"],
      },
    },
    {
      name: "feature-through-index-from-outside",
      comment:
        "Outside src/web/features, a feature is imported only through its index.ts " +
        "(src/web/features/<name>/index.ts), the router's lazy routes included.",
      severity: "error",
      from: { pathNot: "^src/web/features/" },
      to: {
        path: "^src/web/features/[^/]+/",
        pathNot: "^src/web/features/[^/]+/index\\.tsx?$",
      },
    },
    {
      name: "migration-self-contained",
      comment:
        "A migration runs the same way forever, so it imports nothing outside " +
        "src/store/migrations (npm packages are fine): copy what it needs into a frozen private " +
        "file there. Types from src/store/schema.ts are the one exception (next rule).",
      severity: "error",
      from: { path: "^src/store/migrations/" },
      to: { path: "^src/", pathNot: ["^src/store/migrations/", "^src/store/schema\\.ts$"] },
    },
    {
      name: "migration-schema-types-only",
      comment:
        "A migration may import src/store/schema.ts only as types (`import type { Database }`): " +
        "types are gone at run time, so an old database still upgrades the same way.",
      severity: "error",
      from: { path: "^src/store/migrations/" },
      to: { path: "^src/store/schema\\.ts$", dependencyTypesNot: ["type-only", "type-import"] },
    },
    {
      name: "no-circular",
      comment:
        "Modules import each other in a circle as they load: move what both need into a third " +
        "module they both import. A circle closed by `import type` (gone at run time) or by a " +
        "lazy `import()` (loaded later, as the web's feature pages are) is fine.",
      severity: "error",
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ["type-only", "type-import", "dynamic-import"],
        viaOnly: { dependencyTypesNot: ["type-only", "type-import", "dynamic-import"] },
      },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports vanish from compiled code; keep them so the rules see them.
    tsPreCompilationDeps: true,
    // "./x.js" resolves to x.ts without a tsconfig; one is needed only if path aliases come.
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
