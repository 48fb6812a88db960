import { defineConfig } from "vitest/config";

// One runner for everything so `npm test` ends with a single summary line.
export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit+integration",
          include: ["src/**/*.test.ts", "test/*.test.ts"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          // Each file starts a real server and a real Chromium; run them one at a time on 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
