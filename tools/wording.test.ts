/**
 * One home per sentence a person reads: no Chinese sentence is written twice in the app's source, and the
 * referral (12345, 浙里办) is written only in this wording module. Sentences are read from the string and
 * template literals of every source file with the TypeScript parser, so regular expressions and comments
 * do not count. (A question may still name 浙里办 as where to look a fact up; the hotline referral is wording.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ANSWER_STATUS_LABEL, ELIGIBILITY_STATUS_LABEL, FEEDBACK_RATING_LABEL, REFERRAL, REFUSAL_TEXT } from './wording.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Where the app's source lives. */
const SCANNED = ['server', 'tools', 'retrieval'];

/** Not wording: generated bundles and data (the laws' text), build-time scripts, and rules and cases, whose Chinese is verbatim plan text checked against the corpus. */
const SKIPPED = [/\.test\.ts$/, /^server\/web\/client-bundle\.ts$/, /^retrieval\/data\//, /^retrieval\/build\//, /^tools\/eligibility\/rules\//, /^tools\/eligibility\/cases\.ts$/];

/** The wording module: the one file allowed to write the referral. */
const WORDING = 'tools/wording.ts';

/** A sentence: at least this many Chinese characters (shorter pieces are labels and joins, "条款", "出处："). */
const MIN_CJK = 8;

interface Found {
  text: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !SKIPPED.some((re) => re.test(path)) ? [path] : [];
  });
}

/** Every piece of literal text in a file: string literals and the fixed parts of templates. */
function literals(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const add = (text: string, node: ts.Node) =>
    out.push({ text, where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}` });
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node.text, node);
    else if (ts.isTemplateExpression(node)) {
      add(node.head.text, node.head);
      for (const span of node.templateSpans) add(span.literal.text, span.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const cjk = (text: string) => (text.match(/[\u4e00-\u9fff]/g) ?? []).length;

/** Sentences of a literal: cut after 。！？；, at line breaks and at HTML tags; spaces dropped. */
function sentences(found: Found): Found[] {
  return found.text
    .split(/(?<=[。！？；])|\n|<[^>]*>/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => cjk(s) >= MIN_CJK)
    .map((text) => ({ text, where: found.where }));
}

const literalTexts = SCANNED.flatMap(sourceFiles).flatMap(literals);
const all = literalTexts.flatMap(sentences);

describe('one home per sentence a person reads', () => {
  it('finds the sentences it looks for (the scan is not empty)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((f) => f.where.startsWith(WORDING) && f.text === REFERRAL)).toBe(true);
    expect(all.filter((f) => f.text === REFUSAL_TEXT.abuse.split('。')[0] + '。').length).toBe(1);
    // Sentences inside server-rendered HTML count too (tags are boundaries).
    expect(all.some((f) => f.where.startsWith('server/web/chat-page.ts') && f.text === '回答摘自规划原文，句末的编号就是出处，点按即可查看原文。')).toBe(true);
  });

  it('no Chinese sentence is written twice', () => {
    const places = new Map<string, string[]>();
    for (const f of all) places.set(f.text, [...(places.get(f.text) ?? []), f.where]);
    const twice = [...places].filter(([, where]) => where.length > 1).map(([text, where]) => `${text} — ${where.join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('the referral to the 12345 hotline is written only in tools/wording.ts', () => {
    const elsewhere = all
      .filter((f) => /12345/.test(f.text) && !f.where.startsWith(`${WORDING}:`))
      .map((f) => `${f.where} ${f.text}`);
    expect(elsewhere).toEqual([]);
  });

  it('status and rating labels are written only in tools/wording.ts (pages, client and tools import them)', () => {
    const labels = [ELIGIBILITY_STATUS_LABEL, ANSWER_STATUS_LABEL, FEEDBACK_RATING_LABEL].flatMap((m) => Object.values(m) as string[]);
    const copies = literalTexts.filter((f) => labels.includes(f.text) && !f.where.startsWith(`${WORDING}:`)).map((f) => `${f.where} ${f.text}`);
    expect(copies).toEqual([]);
  });
});
