/**
 * Generates retrieval/data/t2s.json: every CJK character that opencc-js (Taiwan and Hong Kong standards)
 * converts to a different Simplified character. Character-level is enough for search tokens, and it keeps
 * the Worker small (opencc-js itself is ~1.3 MB).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
const table: Record<string, string> = {};
for (let code = 0x3400; code <= 0x9fff; code++) {
  const ch = String.fromCharCode(code);
  for (const convert of [fromTw, fromHk]) {
    const simplified = convert(ch);
    if (simplified !== ch && [...simplified].length === 1 && !table[ch]) table[ch] = simplified;
  }
}
writeFileSync(fileURLToPath(new URL('../data/t2s.json', import.meta.url)), JSON.stringify(table) + '\n');
console.log(`retrieval/data/t2s.json: ${Object.keys(table).length} characters`);
