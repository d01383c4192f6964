/**
 * Optional model composer: an OpenAI-compatible Chat Completions endpoint (DeepSeek, Qwen, GLM, a local
 * server …) writes the answer from the retrieved sentences only, then every sentence it wrote is verified:
 * it must cite [n] of a sentence it was given, and every figure in it must occur in what it cites.
 * Sentences that fail are dropped; an answer with nothing left, a timeout, an HTTP error or a malformed
 * reply returns null so the caller falls back to the extractive answer.
 */
import type { ClauseHit } from '../../retrieval/search.ts';
import type { Citation } from '../schemas/citation.ts';
import { unsupportedFigures } from './figures.ts';
import type { ChatMessage } from './answer-chat.ts';

/** Where and how to reach the model. */
export interface ModelConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  /** Injected for tests and runtimes; defaults to the global fetch. */
  fetch?: typeof fetch;
}

/** A verified model answer. */
export interface ModelAnswer {
  answer: string;
  citations: Citation[];
}

/** Sentences offered to the model: enough context, few enough to keep the prompt short. */
const MAX_SOURCES = 8;

const SYSTEM_PROMPT = [
  '你是浙江省公共服务规划助手。只能依据用户消息中编号的《浙江省公共服务“十四五”规划》原文句子作答，使用简体中文。',
  '每一句陈述后必须标注所依据的原文编号，例如[2]；不得引用未提供的编号。',
  '不得写出原文句子中没有的任何数字、金额或比例；不得编造政策，不得承诺待遇。',
  '规划提出的是目标和方向；如原文没有涉及所问内容，只回答：无法依据规划回答。',
  '回答简洁：先直接回答，再列出要点，不超过五句。',
].join('\n');

interface Source {
  n: number;
  id: string;
  path: string[];
  sentence: string;
}

/** The numbered sentences the model may cite. */
export function sourcesFrom(hits: ClauseHit[]): Source[] {
  const sources: Source[] = [];
  for (const hit of hits.slice(0, 4)) {
    for (const s of hit.sentences.slice(0, 3)) {
      if (sources.length < MAX_SOURCES) sources.push({ n: sources.length + 1, id: hit.id, path: hit.path, sentence: s.text });
    }
  }
  return sources;
}

/** Keeps only sentences whose markers point to given sources and whose figures those sources contain. */
export function verifyModelText(text: string, sources: Source[]): ModelAnswer | null {
  if (/无法依据规划回答/.test(text)) return null;
  const byN = new Map(sources.map((s) => [s.n, s]));
  const renumber = new Map<number, number>();
  const kept: string[] = [];
  for (const raw of text.split(/(?<=[。！？\n])/)) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const cited = [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (cited.length === 0 || cited.some((n) => !byN.has(n))) continue;
    const support = cited.map((n) => byN.get(n)!.sentence).join('\n');
    if (unsupportedFigures(sentence, support).length > 0) continue;
    for (const n of cited) if (!renumber.has(n)) renumber.set(n, renumber.size + 1);
    kept.push(sentence.replace(/\[(\d+)\]/g, (_, n: string) => `[${renumber.get(Number(n))}]`));
  }
  if (kept.length === 0) return null;
  const citations = [...renumber.entries()].map(([from, to]) => {
    const s = byN.get(from)!;
    return { n: to, id: s.id, path: s.path, quote: s.sentence };
  });
  return { answer: kept.join(''), citations };
}

/** Calls the model and verifies its answer; null means "fall back". */
export async function composeWithModel(question: string, hits: ClauseHit[], history: ChatMessage[], config: ModelConfig): Promise<ModelAnswer | null> {
  const sources = sourcesFrom(hits);
  if (sources.length === 0) return null;
  const context = sources.map((s) => `[${s.n}]（${s.id} ${s.path.join(' › ')}）${s.sentence}`).join('\n');
  const messages = [
    { role: 'system', content: SYSTEM_PROMPT },
    ...history.slice(-4).map((m) => ({ role: m.role, content: m.content })),
    { role: 'user', content: `问题：${question}\n\n规划原文：\n${context}` },
  ];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  try {
    const res = await (config.fetch ?? fetch)(`${config.baseUrl.replace(/\/$/, '')}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify({ model: config.model, messages, temperature: 0.2, stream: false }),
      signal: controller.signal,
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { choices?: { message?: { content?: unknown } }[] };
    const content = body.choices?.[0]?.message?.content;
    return typeof content === 'string' ? verifyModelText(content, sources) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
