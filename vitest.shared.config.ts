import { defineConfig } from "vitest/config";

// `npm run test:shared`: checks against the official list files and evaluation data in
// ../shared (run by .ci/run when that folder exists; never by `npm test`).
export default defineConfig({
  test: {
    include: ["test/shared/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
