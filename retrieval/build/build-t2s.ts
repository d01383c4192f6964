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
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const table: Record<string, string> = {};
for (let code = 0x3400; code <= 0x9fff; code++) {
  const ch = String.fromCharCode(code);
  // A character that is itself a Simplified form (么, 后, 干) stays: char-level tw→cn would turn 么 into 幺.
  if (toTw(ch) !== ch) continue;
  for (const convert of [fromTw, fromHk]) {
    const simplified = convert(ch);
    if (simplified !== ch && [...simplified].length === 1 && !table[ch]) table[ch] = simplified;
  }
}
writeFileSync(fileURLToPath(new URL('../data/t2s.json', import.meta.url)), JSON.stringify(table) + '\n');
console.log(`retrieval/data/t2s.json: ${Object.keys(table).length} characters`);
