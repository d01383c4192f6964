/**
 * Runs in Node before the workerd tests: computes the top-5 ids of `/api/search`'s default (the plan and every law
 * and regulation in force, tools/documents.ts) for every dev-set question and hands them to the tests inside workerd,
 * which must get the very same ids from the Worker.
 */
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { searchDocuments } from '../../tools/documents.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    nodeTop5: { question: string; ids: string[] }[];
  }
}

export default async function setup(project: TestProject) {
  const engine = createEngine(PLAN_DATA);
  const questions = readFileSync(new URL('../../eval/dev.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const nodeTop5 = [];
  for (const question of questions) nodeTop5.push({ question, ids: (await searchDocuments(engine, question, 5)).map((h) => h.id) });
  project.provide('nodeTop5', nodeTop5);
}
