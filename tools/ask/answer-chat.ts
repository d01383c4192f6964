/**
 * answerChat: a conversation in, a cited Answer out. Order of work: mask personal data → analyse the question
 * once → refuse what must be refused → refer what the plan cannot answer (other regions, transactions, staff
 * corrections marked out of scope) → search → answer or refer (the fitted decision model) → lead with the
 * sentence that answers the focus → eligibility (the check_eligibility tool) → one draft → text.
 * Pure: the engine, the optional model and the corrections come in through `deps`.
 */
import type { Engine } from '../../retrieval/engine.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import { checkEligibilityTool } from '../check-eligibility.ts';
import { FIELD_QUESTIONS, readStatedFacts, speaksOfOwnSituation, type Eligibility, type Profile } from '../eligibility/index.ts';
import type { Answer, ToolCall } from '../schemas/answer.ts';
import type { Citation } from '../schemas/citation.ts';
import { ELIGIBILITY_STATUS_TEXT, NO_MATCH_TEXT, OTHER_REGION_TEXT, TRANSACTION_TEXT } from '../wording.ts';
import { draftAnswer, renderDraft, selectPoints, type AnswerDraft } from './compose.ts';
import { coverageProbability, decisionFeatures, type DecisionModel } from './decide.ts';
import { hasFigure } from './figures.ts';
import { createGeneralIdf, type GeneralIdf, type GeneralIdfTable } from './general-idf.ts';
import { namesOtherRegion } from './intent.ts';
import { forSearchTurns, personalDataNotice } from './pii.ts';
import { planWords } from './plan-text.ts';
import { analyzeQuestion, type Question } from './question.ts';
import { refusalReason, refusalText } from './safety.ts';
import { englishCoverage } from './scope.ts';
import decisionModel from './data/decision-model.json' with { type: 'json' };
import generalIdfTable from './data/general-idf.json' with { type: 'json' };

/** One turn of the conversation. */
export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** The chat request: the conversation, and optionally facts the person gave through a form. */
export interface ChatRequest {
  messages: ChatMessage[];
  profile?: Profile;
}

/** A model composer: given the question and its hits, a verified answer or null to fall back. */
export type ModelComposer = (question: string, hits: ClauseHit[], history: ChatMessage[]) => Promise<{ answer: string; citations: Citation[] } | null>;

/** A staff correction that applies to a question: lead with these clauses, or refer. */
export interface CorrectionMatch {
  clauseIds: string[];
  outOfScope: boolean;
}

/** What answerChat needs. */
export interface AnswerDeps {
  engine: Engine;
  /** Whether to consult the eligibility tool when the person speaks of their own situation (on by default). */
  eligibility?: boolean;
  model?: ModelComposer;
  /** The staff correction for a normalized question, if any. */
  corrections?: (normalizedQuestion: string) => CorrectionMatch | null;
}

/** Hits considered per question. */
const HITS = 8;
/** English questions: the share of their glossary terms found in the best clauses (calibrated on the English eval rows). */
const MIN_ENGLISH_COVERAGE = 0.3;

const MODEL = decisionModel as DecisionModel;
/** The plan-absent word table, unpacked once per isolate (~60k words). */
let generalIdf: GeneralIdf | undefined;

/** Answers the last user message of a conversation. */
export async function answerChat(request: ChatRequest, deps: AnswerDeps): Promise<Answer> {
  const { engine } = deps;
  const notices: string[] = [];
  const masked = forSearchTurns(request.messages);
  const found = [...new Set(masked.flatMap((m) => m.found))];
  if (found.length > 0) notices.push(personalDataNotice(found));
  const turns = masked.map(({ role, searched }) => ({ role, content: searched }));
  const userTurns = turns.filter((t) => t.role === 'user').map((t) => t.content);
  const q = analyzeQuestion(userTurns.at(-1) ?? '', userTurns.at(-2), engine, (generalIdf ??= createGeneralIdf(generalIdfTable as GeneralIdfTable)));
  const base: Pick<Answer, 'toolCalls' | 'notices' | 'followUp'> = { toolCalls: [], notices };
  const without = (status: 'no_match' | 'rejected', answer: string): Answer => ({ answer, status, citations: [], ...base, source: 'extractive' });
  const refer = (answer: string) => without('no_match', answer);

  const refusal = refusalReason(q.raw, engine.t2s);
  if (refusal) return without('rejected', refusalText(refusal));
  // "那农村呢？" after a request for unlawful help continues that request.
  if (q.followsUp && refusalReason(userTurns.at(-2)!, engine.t2s) === 'unlawful') return without('rejected', refusalText('unlawful'));
  if (q.latin) notices.push('This assistant answers in Chinese, from the Chinese text of the plan.');

  const correction = deps.corrections?.(q.simplified) ?? null;
  if (correction?.outOfScope) return refer(NO_MATCH_TEXT);
  if (!correction) {
    if (namesOtherRegion(q.simplified)) return refer(OTHER_REGION_TEXT);
    if (q.transaction) return refer(TRANSACTION_TEXT);
  }

  let hits = await engine.search(q.prepared, HITS);
  if (correction) hits = leadWith(correction.clauseIds, hits, engine);
  else if (!covers(q, hits, engine)) return refer(NO_MATCH_TEXT);
  if (hits.length === 0) return refer(NO_MATCH_TEXT);

  const points = selectPoints(q, hits, engine, correction?.clauseIds);
  const draft = draftAnswer(q, points, engine, correction !== null);
  if (deps.eligibility !== false) {
    const consult = await consultEligibility(userTurns, request.profile, hits.slice(0, 3).map((h) => h.id), engine);
    if (consult) {
      base.toolCalls.push(consult.call);
      draft.extra = consult.section;
      if (consult.followUp) (draft.followUp = consult.followUpLine), (base.followUp = consult.followUp);
    }
  }
  const generated = deps.model ? await deps.model(q.text, hits, turns.slice(0, -1)).catch(() => null) : null;
  // A model sentence's figures are checked against its sources, but a figure must also measure what was asked.
  const body = generated && (q.unit !== null || !hasFigure(generated.answer)) ? generated : undefined;
  return { ...renderDraft(draft, body), status: base.followUp ? 'needs_info' : 'answered', ...base, source: body ? 'llm' : 'extractive' };
}

/** Whether the plan speaks to the question: the fitted model for Chinese, glossary coverage for English. */
function covers(q: Question, hits: ClauseHit[], engine: Engine): boolean {
  if (hits.length === 0) return false;
  if (q.latin) return englishCoverage(q.prepared, hits) >= MIN_ENGLISH_COVERAGE;
  return coverageProbability(decisionFeatures(q, hits, engine), MODEL) >= 0.5;
}

/** The corrected clauses first (in the order staff chose), then the other hits. */
function leadWith(clauseIds: string[], hits: ClauseHit[], engine: Engine): ClauseHit[] {
  const chosen = clauseIds.flatMap((id): ClauseHit[] => {
    const found = hits.find((h) => h.id === id);
    if (found) return [found];
    const c = engine.corpus.get(id);
    if (!c || c.sentences.length === 0) return [];
    return [{ id, path: c.path, pathInferred: c.pathInferred, text: c.text, score: 0, sentences: c.sentences.map((text, index) => ({ text, score: 0, sid: `${id}#${index}`, index, tokens: planWords(engine, text) })) }];
  });
  return [...chosen, ...hits.filter((h) => !clauseIds.includes(h.id))];
}

interface EligibilityConsult {
  call: ToolCall;
  section: NonNullable<AnswerDraft['extra']> | null;
  followUp?: { field: string; question: string; options: string[] };
  followUpLine: string;
}

/** Relatives as the answer names them when it speaks of their situation ("按您母亲的情况"). */
const WHOSE: Record<string, string> = { 我妈: '您母亲', 我爸: '您父亲', 妈妈: '您母亲', 爸爸: '您父亲', 母亲: '您母亲', 父亲: '您父亲' };

/**
 * Runs the eligibility tool on the facts the conversation states (tools/eligibility, readStatedFacts): the
 * speaker's own, or those of the person they ask about, never a service's name, a negation or another person
 * read as the speaker's. Facts stated twice with different values are asked about before anything is judged.
 * Relevant results are those whose cited clauses are among the best hits; a need_info among them produces
 * the follow-up question.
 */
async function consultEligibility(userTurns: string[], formProfile: Profile | undefined, topClauseIds: string[], engine: Engine): Promise<EligibilityConsult | null> {
  const stated = readStatedFacts(userTurns);
  const about = stated.subject === 'other' ? stated.others.at(-1) : undefined;
  const conflicts = about ? about.conflicts : stated.conflicts;
  if (conflicts.length > 0) {
    const field = conflicts[0]!;
    const question = FIELD_QUESTIONS[field];
    const call: ToolCall = { name: 'check_eligibility', arguments: { profile: {} }, result: { conflicts } };
    return { call, section: null, followUpLine: '您前后说的情况不一致，为了不判断错，请先确认一下。', followUp: { field, question, options: optionsFor(question) } };
  }
  // Facts count only for the speaker's own situation or the person they ask about; a general question
  // ("重度残疾人护理补贴发多少") judges nobody.
  const speaks = stated.subject === 'other' || speaksOfOwnSituation(userTurns);
  const profile: Profile = { ...(speaks ? (about?.profile ?? stated.profile) : {}), ...(formProfile ?? {}) };
  if (Object.keys(profile).length === 0) return null;
  const { results } = await checkEligibilityTool.run({ profile }, { engine });
  const relevant = results.filter((r) => r.relevant && r.status !== 'not_eligible' && r.citations.some((c) => topClauseIds.includes(c.id)));
  if (relevant.length === 0) return null;
  const call: ToolCall = { name: 'check_eligibility', arguments: { profile }, result: relevant };
  // Ask only while nothing relevant is decided in the person's favour: otherwise the question is noise.
  const decided = relevant.some((r) => r.status === 'eligible' || r.status === 'likely_eligible');
  const pending = decided ? undefined : relevant.find((r) => r.status === 'need_info' && r.missing.length > 0);
  const missing = pending?.missing[0];
  // The answer text states no figure its citations lack: a question that explains itself with figures
  // (retirement ages, "3岁以下") is shown from followUp.question instead.
  const inline = missing?.question.replace(/（[^）]*）/g, (note) => (hasFigure(note) ? '' : note)) ?? '';
  const whose = about ? `按${WHOSE[about.who] ?? `您说的${about.who}`}的情况：` : '结合您说的情况：';
  return {
    call,
    section: eligibilitySection(relevant, whose, engine),
    followUpLine: hasFigure(inline) ? '为了判断得更准确，还需要了解一个情况，请回答下面的问题。' : `为了判断得更准确，想再问一个问题：${inline}`,
    ...(missing ? { followUp: { field: missing.field, question: missing.question, options: optionsFor(missing.question) } } : {}),
  };
}

/** Yes/no questions and "A还是B" choices get one-tap answers. */
export function optionsFor(question: string): string[] {
  const choice = /([\u4e00-\u9fa5]{2})还是([\u4e00-\u9fa5]{2,4})[？?]$/.exec(question);
  if (choice) return [choice[1]!, choice[2]!];
  return /[吗么][？?]?$|是否|有没有|是不是/.test(question) ? ['是', '否'] : [];
}

/** The eligibility lines of the answer; `[+k]` marks the k-th of its own citations, numbered when rendered. */
function eligibilitySection(results: Eligibility[], heading: string, engine: Engine): NonNullable<AnswerDraft['extra']> {
  const cited = results.slice(0, 3);
  // Reasons that carry figures (年满60周岁) are the engine's reading of the law, not the plan's words: left out here.
  const reasonOf = (r: Eligibility) => r.reasons.find((x) => !hasFigure(x));
  return {
    lines: [heading, ...cited.map((r, i) => `· ${r.name}：${ELIGIBILITY_STATUS_TEXT[r.status]}${reasonOf(r) ? `（${reasonOf(r)}）` : ''}[+${i}]`)],
    citations: cited.map((r) => {
      const c = r.citations[0]!;
      return { id: c.id, path: engine.corpus.get(c.id)?.path ?? [], quote: c.quote };
    }),
  };
}
