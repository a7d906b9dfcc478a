/** The engine version, reported in every result's `meta.engineVersion` (kept equal to package.json by a test). */
export const ENGINE_VERSION = "0.1.0";
