/** The built plan data, bundled as JSON modules so Node and Workers load the very same bytes. */
import type { RawData } from '@orama/orama';
import clauses from '../seeds/clauses.json' with { type: 'json' };
import { DOCS_COUNT, DOCS_JSON } from '../retrieval/data/docs-json.ts';
import index from '../retrieval/data/index.json' with { type: 'json' };
import lexicon from '../retrieval/data/lexicon.json' with { type: 'json' };
import phrasings from '../retrieval/data/phrasings.json' with { type: 'json' };
import ranker from '../retrieval/data/ranker.json' with { type: 'json' };
import t2s from '../retrieval/data/t2s.json' with { type: 'json' };
import vocab from '../retrieval/data/vocab.json' with { type: 'json' };
import type { Vocabulary } from '../retrieval/expand.ts';
import type { PlanData } from '../retrieval/engine.ts';
import type { PhrasingData } from '../retrieval/phrasings.ts';
import type { DocumentData } from '../retrieval/documents/library.ts';

/** Everything createEngine needs. */
export const PLAN_DATA: PlanData = {
  clauses,
  lexicon,
  vocab: vocab as Vocabulary,
  t2s,
  index: index as unknown as RawData,
  phrasings: phrasings as unknown as PhrasingData,
  ranker,
  documents: { count: DOCS_COUNT, load: () => JSON.parse(DOCS_JSON) as DocumentData },
};
