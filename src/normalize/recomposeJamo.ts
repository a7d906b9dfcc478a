// Leading-consonant index (U+1100 + i) → trailing-consonant index (U+11A7 + t); 0 = none.
const LEAD_TO_TRAIL = [1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27];
const ORPHAN_LEAD = /[\u1100-\u1112](?![\u1161-\u1175])/g;

function endsWithOpenSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x1161 && c <= 0x1175) return true; // a vowel jamo
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 === 0; // a syllable without a final
}

/**
 * Re-composes Hangul typed as loose letters. NFKC turns compatibility jamo (`ㄱㅣㅁ`) into
 * conjoining jamo, every consonant as a *leading* one, so `ㄱㅣㅁ` becomes `기ᄆ`, not `김`. A
 * leading consonant that follows a vowel and precedes none is really a final: this turns it into
 * the trailing form, then NFC composes the syllables.
 *
 * @example
 * ```ts
 * recomposeJamo("ㄱㅣㅁ".normalize("NFKC")) //=> "김"
 * ```
 */
export function recomposeJamo(s: string): string {
  if (!/[\u1100-\u11ff]/.test(s)) return s;
  const out = s.replace(ORPHAN_LEAD, (lead, offset: number) => {
    const prev = s[offset - 1];
    const trail = LEAD_TO_TRAIL[lead.charCodeAt(0) - 0x1100] ?? 0;
    if (prev === undefined || trail === 0 || !endsWithOpenSyllable(prev)) return lead;
    return String.fromCharCode(0x11a7 + trail);
  });
  return out.normalize("NFC");
}
