import { defineConfig, type Options } from "tsup";

// Node 20 has every regular-expression feature the sources use; without this, esbuild turns
// each /\p{…}/u literal into `new RegExp(…)` where it stands, rebuilt on every call.
// The runtime dependencies are bundled: loading zod, date-fns and fast-xml-parser as hundreds of
// separate modules cost more than half of the cold start (import → first result).
const noExternal = ["zod", "fuse.js", "date-fns", "fast-xml-parser"];

const esbuildOptions: Options["esbuildOptions"] = (options) => {
  options.supported = { ...options.supported, "regexp-unicode-property-escapes": true, "regexp-named-capture-groups": true, "regexp-lookbehind-assertions": true };
};

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: true,
    target: "node20",
    esbuildOptions,
    noExternal,
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
    esbuildOptions,
    noExternal,
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
    esbuildOptions,
    noExternal,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
