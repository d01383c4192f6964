/** Splits an answer into stream chunks at natural breaks, never inside a [n] marker. */

/** Chunks of roughly `size` characters; concatenated they give back the text exactly. */
export function chunkAnswer(text: string, size = 24): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[，。；：！？\n\]])/)) {
    current += piece;
    if (current.length >= size) {
      chunks.push(current);
      current = '';
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
