import { defineConfig } from "vitest/config";

// `npm test`: everything that runs in a clean clone, without ../shared.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/shared/**", "node_modules/**", "dist/**"],
    testTimeout: 20_000,
  },
});
