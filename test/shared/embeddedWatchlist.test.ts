import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultWatchlist, normalizeText } from "../../src/index.js";
import { LISTS } from "./paths.js";

// Cross-checks the curated watchlist against the official files it was compiled from: every UN
// reference and every OFAC ent_num it cites must exist there, under the same name.
const unXml = readFileSync(join(LISTS, "un_sc_consolidated_2026-02-27.xml"), "utf8");
const sdn = readFileSync(join(LISTS, "ofac_sdn_2024-05-03.csv"), "latin1");
const alt = readFileSync(join(LISTS, "ofac_alt_2025-01.csv"), "latin1");

function unRecord(ref: string): string | undefined {
  const at = unXml.indexOf(`<REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER>`);
  if (at < 0) return undefined;
  const start = Math.max(unXml.lastIndexOf("<INDIVIDUAL>", at), unXml.lastIndexOf("<ENTITY>", at));
  return unXml.slice(start, at);
}

function sdnName(entNum: string): string | undefined {
  const m = new RegExp(`^${entNum},"([^"]*)"`, "m").exec(sdn);
  return m?.[1];
}

describe("the embedded watchlist against the official list files", () => {
  const ids = defaultWatchlist.entries.flatMap((e) => [e.id, ...(e.references ?? [])].map((id) => ({ id, entry: e })));

  it.each(ids.filter((x) => /^KP[ie]\.\d{3}$/.test(x.id)).map((x) => [x.id, x.entry.name] as const))("UN %s exists as %s", (ref, name) => {
    const record = unRecord(ref);
    expect(record, `${ref} not in the UN list`).toBeDefined();
    const names = [...(record ?? "").matchAll(/<(?:FIRST|SECOND|THIRD|FOURTH)_NAME>([^<]*)</g)].map((m) => m[1]).join(" ");
    const tokens = normalizeText(name).split(" ");
    expect(tokens.some((t) => normalizeText(names).includes(t))).toBe(true);
  });

  it.each(ids.filter((x) => /^OFAC-\d+$/.test(x.id)).map((x) => [x.id, x.entry.name] as const))("OFAC %s exists (named like %s)", (id, name) => {
    const ent = id.slice("OFAC-".length);
    const primary = sdnName(ent);
    const inAlt = new RegExp(`^${ent},`, "m").test(alt);
    expect(primary !== undefined || inAlt, `${id} is in neither sdn.csv nor alt.csv`).toBe(true);
    if (primary !== undefined) {
      const tokens = normalizeText(name).split(" ").filter((t) => t.length > 2);
      expect(tokens.some((t) => normalizeText(primary).includes(t))).toBe(true);
    }
  });
});
