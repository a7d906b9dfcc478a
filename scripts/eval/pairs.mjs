/** Precision, recall and F1 per threshold for a scorer over labelled pairs. */
export function scorePairs(lib, pairs) {
  return pairs.map((p) => {
    const a = lib.analyzeName(p.a, p.kind);
    const b = lib.analyzeName(p.b, p.kind);
    return { ...p, score: lib.compareNames(a, b).score };
  });
}

export function prf(scored, threshold) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const s of scored) {
    const flagged = s.score >= threshold;
    if (flagged && s.match) tp++; else if (flagged) fp++; else if (s.match) fn++; else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, tp, fp, fn, tn, precision, recall, f1 };
}

export const THRESHOLDS = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
