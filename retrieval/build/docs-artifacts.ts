/**
 * Builds retrieval/data/docs.json from seeds/docs/ (the files and manifest.json, as received) and seeds/doc-ids.tsv:
 * each file read by the legal-text reader into articles, the catalogue with ids and status, and the compact index
 * segmented with the plan's lexicon (retrieval/data/lexicon.json), so questions are segmented once for both.
 * Node-only (fs); used by the build script and by the test that checks the committed artefact is current.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildCatalog, ManifestRowSchema, parseDocIds } from '../documents/catalog.ts';
import { buildCompactIndex } from '../documents/compact-index.ts';
import { articleSentences, readLegalText } from '../documents/legal-text.ts';
import type { DocumentData, StoredArticle } from '../documents/library.ts';
import type { T2sTable } from '../normalize.ts';
import { createLexicon, segment } from '../segment.ts';

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const read = (p: string) => readFileSync(path(p), 'utf8');

/** Heading words that name no topic: the chapter/section number and generic chapter names stay, numbering goes. */
const NUMBERING = /^第[零〇一二两三四五六七八九十百千]+[章节][\s\u3000]*/;

/** The words of an article's headings that say its topic: the short title, chapter and section names. */
export function articleTopic(shortTitle: string, headings: readonly string[]): string {
  return [shortTitle, ...headings.map((h) => h.replace(NUMBERING, ''))].join(' ');
}

/** Reads every document and builds docs.json's content. */
export function buildDocumentData(lexiconWords: readonly string[], t2s: T2sTable): DocumentData {
  const rows = z.array(ManifestRowSchema).parse(JSON.parse(read('seeds/docs/manifest.json')));
  const texts = new Map(rows.map((r) => [r.file, readLegalText(read(`seeds/docs/${r.file}`))]));
  const catalog = buildCatalog(rows, parseDocIds(read('seeds/doc-ids.tsv')), new Map([...texts].map(([file, t]) => [file, t.title])), new Map([...texts].map(([file, t]) => [file, t.notes])));
  const lexicon = createLexicon(lexiconWords);
  const articles: StoredArticle[] = [];
  const sentenceTokens: string[][] = [];
  const headingTokens: string[][] = [];
  for (const doc of catalog) {
    const text = texts.get(doc.file)!;
    for (const a of text.articles) {
      articles.push({ id: `${doc.id}:${a.number}`, doc: doc.id, label: a.label, path: [doc.title, ...a.headings], text: a.text });
      for (const s of articleSentences(a.text)) sentenceTokens.push(segment(s, lexicon, t2s));
      headingTokens.push(segment(articleTopic(doc.shortTitle, a.headings), lexicon, t2s));
    }
  }
  return { documents: catalog, articles, index: buildCompactIndex(sentenceTokens, headingTokens) };
}
