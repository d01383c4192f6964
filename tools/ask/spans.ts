/**
 * Picking the words that answer: a sentence of the plan is split at its commas into verbatim segments,
 * and the window of segments that shares the most (IDF-weighted) tokens with the question becomes the
 * direct answer. Every piece returned is a substring of the sentence, so the quote always supports it.
 */

/** Splits a sentence into its comma-level segments (verbatim, punctuation dropped at the ends). */
function segmentsOf(sentence: string): string[] {
  return sentence
    .replace(/[。；！？]$/, '')
    .split(/[，；：]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A leading time or scope phrase worth keeping with the answer ("到2025年", "截至2020年底"). */
function timePrefix(sentence: string): string | null {
  const first = segmentsOf(sentence)[0];
  return first && /^(到|至|截至|截止)\S{0,8}年(底|末)?$/.test(first) ? first : null;
}

/** Sentences up to this length are shown whole; longer ones are cut to their best window. */
const WHOLE_SENTENCE_CHARS = 60;

/**
 * The best contiguous window of one or two segments, scored by `score` (higher is better). Ties keep the
 * earlier window. Returns the whole sentence (without its final stop) when it is short.
 */
export function bestWindow(sentence: string, score: (text: string) => number): { text: string; score: number } {
  const whole = sentence.replace(/[。；！？]$/, '');
  const segs = segmentsOf(sentence);
  let best = { text: segs[0] ?? whole, score: -1 };
  for (let i = 0; i < segs.length; i++) {
    for (let len = 1; len <= 2 && i + len <= segs.length; len++) {
      const start = whole.indexOf(segs[i]!);
      const endSeg = segs[i + len - 1]!;
      const end = whole.indexOf(endSeg, start) + endSeg.length;
      const text = whole.slice(start, end);
      // A second segment must earn its place: it has to add score, not just length.
      const s = score(text) - (len - 1) * 0.01;
      if (s > best.score) best = { text, score: s };
    }
  }
  // A short sentence is shown whole unless it cannot be (a figure that answers something else): then its best part.
  if (whole.length <= WHOLE_SENTENCE_CHARS) {
    const wholeScore = score(whole);
    if (wholeScore >= 0 || best.score < 0) return { text: whole, score: wholeScore };
  }
  const prefix = timePrefix(sentence);
  if (prefix && !best.text.startsWith(prefix)) return { text: `${prefix}，${best.text}`, score: best.score };
  return best;
}
