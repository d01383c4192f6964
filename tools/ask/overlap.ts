/** How much two short Chinese texts share: the Dice overlap of their Han character pairs. */

/** The Han character pairs of a text (punctuation, Latin letters and digits left out). */
function hanPairs(text: string): Set<string> {
  const chars = [...text.replace(/[^\u3400-\u9fff]/g, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dice overlap (0–1) of two texts' Han character pairs; 0 when neither has any. */
export function dice(a: string, b: string): number {
  const [pa, pb] = [hanPairs(a), hanPairs(b)];
  if (pa.size + pb.size === 0) return 0;
  let shared = 0;
  for (const p of pa) if (pb.has(p)) shared++;
  return (2 * shared) / (pa.size + pb.size);
}
