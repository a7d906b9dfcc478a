import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: true,
    target: "node20",
    splitting: false,
    // import.meta.url in the CommonJS build (it locates the worker script).
    shims: true,
  },
  {
    // The worker-thread entry of screenMany({ workers }), next to each build.
    entry: { screenWorker: "src/screen/screenWorker.ts" },
    format: ["esm", "cjs"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "node20",
    splitting: false,
    shims: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
