/**
 * answerChat: a conversation in, a cited Answer out. Order of work: mask personal data → refuse what must
 * be refused → understand the person's situation (eligibility tool) → retrieve → decide whether the plan
 * covers it → compose (a model if configured and verified, else extractive). Pure: tools and the optional
 * model come in through `deps`.
 */
import type { Engine } from '../../retrieval/engine.ts';
import { normalize } from '../../retrieval/normalize.ts';
import type { Answer, ToolCall } from '../schemas/answer.ts';
import type { Citation } from '../schemas/citation.ts';
import type { ClauseHit } from '../../retrieval/search.ts';
import { citePoints, composeText, selectPoints } from './compose.ts';
import { ELIGIBILITY_STATUS_TEXT, NO_MATCH_TEXT, OTHER_REGION_TEXT, PLAN_CAVEAT } from '../wording.ts';
import { hasFigure } from './figures.ts';
import { asksConditions, asksContactDetails, isFollowUp, namesOtherRegion, namesTopicOutsidePlan } from './intent.ts';
import { forSearch, personalDataNotice } from './pii.ts';
import { refusalReason, refusalText } from './safety.ts';
import { englishCoverage, isLatinQuestion, scopeFeatures } from './scope.ts';

/** One turn of the conversation. */
export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** The chat request: the conversation, and optionally facts the person gave through a form. */
export interface ChatRequest {
  messages: ChatMessage[];
  profile?: Record<string, unknown>;
}

/** One result of the eligibility engine, as far as the chat needs it. */
export interface EligibilityOutcome {
  serviceId: string;
  name: string;
  status: 'eligible' | 'likely_eligible' | 'not_eligible' | 'need_info';
  /** A fact the person gave already meets one of the service's requirements. */
  relevant: boolean;
  reasons: string[];
  missing: { field: string; question: string }[];
  citations: { id: string; quote: string }[];
}

/** The eligibility tool as the chat uses it (tools/eligibility provides it; the server wires it in). */
export interface EligibilityPort {
  /** Facts stated in everyday Chinese ("我59岁，失业了") as a profile. */
  extract(text: string): Record<string, unknown>;
  /** Every service's outcome for a profile. */
  check(profile: Record<string, unknown>): Promise<EligibilityOutcome[]>;
}

/** A model composer: given the question and its hits, a verified answer or null to fall back. */
export type ModelComposer = (question: string, hits: ClauseHit[], history: ChatMessage[]) => Promise<{ answer: string; citations: Citation[] } | null>;

/** What answerChat needs. */
export interface AnswerDeps {
  engine: Engine;
  eligibility?: EligibilityPort;
  model?: ModelComposer;
}

/** Hits considered per question. */
const HITS = 8;
/**
 * Scope thresholds, calibrated on the labelled in-scope and out-of-scope questions of eval/ (see README):
 * a question is covered when most of its content words are found in the best clauses, or when fewer are
 * but the match is strong.
 */
const STRONG_COVERAGE = 0.75;
const MIN_COVERAGE = 0.45;
const WEAK_COVERAGE = 0.25;
const MIN_SCORE_WEAK = 35;
const MIN_ENGLISH_COVERAGE = 0.3;


/** Answers the last user message of a conversation. */
export async function answerChat(request: ChatRequest, deps: AnswerDeps): Promise<Answer> {
  const notices: string[] = [];
  const masked = request.messages.map((m) => ({ role: m.role, ...forSearch(m.content) }));
  const found = [...new Set(masked.flatMap((m) => m.found))];
  if (found.length > 0) notices.push(personalDataNotice(found));
  const turns = masked.map(({ role, searched }) => ({ role, content: searched }));
  const userTurns = turns.filter((t) => t.role === 'user').map((t) => t.content);
  const question = userTurns.at(-1) ?? '';
  const base = { toolCalls: [] as ToolCall[], notices, source: 'extractive' as const };

  const refusal = refusalReason(question, deps.engine.deps.t2s);
  if (refusal) return { answer: refusalText(refusal), status: 'rejected', citations: [], ...base };

  const previous = userTurns.at(-2);
  const followsUp = previous !== undefined && isFollowUp(question);
  // "那农村呢？" after a request for unlawful help continues that request.
  if (followsUp && refusalReason(previous, deps.engine.deps.t2s) === 'unlawful') return { answer: refusalText('unlawful'), status: 'rejected', citations: [], ...base };
  const query = followsUp ? `${previous} ${question}` : question;

  // The wording rules read Simplified text: "嘉興" must count as the Zhejiang city it is.
  if (namesOtherRegion(normalize(query, deps.engine.deps.t2s))) return { answer: OTHER_REGION_TEXT, status: 'no_match', citations: [], ...base };

  const hits = await deps.engine.search(query, HITS);
  if (!covers(query, hits, deps.engine)) return { answer: NO_MATCH_TEXT, status: 'no_match', citations: [], ...base };

  const points = selectPoints(query, hits, deps.engine.deps, deps.engine.idf);
  const eligibility = deps.eligibility ? await consultEligibility(userTurns, request.profile, hits.slice(0, 3).map((h) => h.id), deps.eligibility) : null;
  if (eligibility) base.toolCalls.push(eligibility.call);

  let answer = composeText(query, points);
  let citations = citePoints(points);
  let source: Answer['source'] = 'extractive';
  if (deps.model) {
    const generated = await deps.model(query, hits, turns.slice(0, -1)).catch(() => null);
    if (generated) ({ answer, citations } = generated), (source = 'llm');
  }
  if (asksConditions(question) && !points.some((p) => p.text.includes('条件'))) {
    answer = `规划没有列出具体的申请条件、材料或办理流程。\n${answer}`;
  }
  if (isLatinQuestion(question)) notices.push('This assistant answers in Chinese, from the Chinese text of the plan.');

  if (eligibility) {
    const section = eligibilitySection(eligibility.relevant, citations.length + 1);
    answer = answer.replace(`\n${PLAN_CAVEAT}`, '') + `\n${section.text}\n${PLAN_CAVEAT}`;
    citations = [...citations, ...section.citations(deps.engine)];
    const ask = eligibility.followUp;
    if (ask) {
      // The answer text states no figure its citations lack: a question that explains itself with figures
      // (retirement ages, "3岁以下") is shown from followUp.question instead.
 const inline = ask.question.replace(/（[^）]*）/g, (note) => (hasFigure(note) ? '' : note));
      const line = hasFigure(inline) ? '为了判断得更准确，还需要了解您的一个情况，请回答下面的问题。' : `为了判断得更准确，想再问您一个问题：${inline}`;
      return {
        answer: `${answer}\n${line}`,
        status: 'needs_info',
        citations,
        followUp: ask,
        ...base,
        source,
      };
    }
  }
  return { answer, status: 'answered', citations, ...base, source };
}

/** Whether the plan covers the question, from the scope features (see thresholds above). */
function covers(query: string, hits: ClauseHit[], engine: Engine): boolean {
  if (hits.length === 0) return false;
  if (isLatinQuestion(query)) return englishCoverage(query, hits, engine.deps) >= MIN_ENGLISH_COVERAGE;
  const f = scopeFeatures(query, hits, engine.deps);
  if (f.coverage >= STRONG_COVERAGE) return true;
  // Below strong coverage, a topic the plan never addresses or a request for contact details is a referral.
  const simplified = normalize(query, engine.deps.t2s);
  if (namesTopicOutsidePlan(simplified) || asksContactDetails(simplified)) return false;
  return f.coverage >= MIN_COVERAGE || (f.coverage >= WEAK_COVERAGE && f.topScore >= MIN_SCORE_WEAK);
}

/** Words by which people speak of their own or their family's situation. */
const FIRST_PERSON = /我|俺|本人|自己|咱|家里|孩子|儿子|女儿|闺女|爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|爷爷|奶奶|外公|外婆|\b(i|i'm|my|me|we|our)\b/i;

interface EligibilityConsult {
  call: ToolCall;
  relevant: EligibilityOutcome[];
  followUp?: { field: string; question: string; options: string[] };
}

/**
 * Runs the eligibility tool when the person describes their own situation. Relevant results are those
 * whose cited clauses are among the best hits; a need_info among them produces the follow-up question.
 */
async function consultEligibility(
  userTurns: string[],
  formProfile: Record<string, unknown> | undefined,
  topClauseIds: string[],
  port: EligibilityPort,
): Promise<EligibilityConsult | null> {
  // Facts count only once the person speaks of their own situation ("重度残疾人护理补贴发多少" is a general
  // question); from then on every turn counts, so a bare reply to a follow-up ("城镇") is understood.
  const personal = userTurns.some((t) => FIRST_PERSON.test(t)) ? userTurns : [];
  const stated = Object.assign({}, ...personal.map((t) => port.extract(t))) as Record<string, unknown>;
  const profile = { ...stated, ...(formProfile ?? {}) };
  if (Object.keys(profile).length === 0) return null;
  const results = await port.check(profile);
  const relevant = results.filter((r) => r.relevant && r.status !== 'not_eligible' && r.citations.some((c) => topClauseIds.includes(c.id)));
  if (relevant.length === 0) return null;
  const call: ToolCall = { name: 'check_eligibility', arguments: { profile }, result: relevant };
  // Ask only while nothing relevant is decided in the person's favour: otherwise the question is noise.
  const decided = relevant.some((r) => r.status === 'eligible' || r.status === 'likely_eligible');
  const pending = decided ? undefined : relevant.find((r) => r.status === 'need_info' && r.missing.length > 0);
  const missing = pending?.missing[0];
  return {
    call,
    relevant,
    ...(missing ? { followUp: { field: missing.field, question: missing.question, options: optionsFor(missing.question) } } : {}),
  };
}

/** Yes/no questions and "A还是B" choices get one-tap answers. */
export function optionsFor(question: string): string[] {
  const choice = /([\u4e00-\u9fa5]{2})还是([\u4e00-\u9fa5]{2,4})[？?]$/.exec(question);
  if (choice) return [choice[1]!, choice[2]!];
  return /[吗么][？?]?$|是否|有没有|是不是/.test(question) ? ['是', '否'] : [];
}

/** The eligibility part of the answer, with its own citations. */
function eligibilitySection(results: EligibilityOutcome[], start: number) {
  const cited = results.slice(0, 3);
  // Reasons that carry figures (年满60周岁) are the engine's reading of the law, not the plan's words: left out here.
  const reasonOf = (r: EligibilityOutcome) => r.reasons.find((x) => !hasFigure(x));
  const lines = cited.map((r, i) => `· ${r.name}：${ELIGIBILITY_STATUS_TEXT[r.status]}${reasonOf(r) ? `（${reasonOf(r)}）` : ''}[${start + i}]`);
  return {
    text: `结合您说的情况：\n${lines.join('\n')}`,
    citations: (engine: Engine): Citation[] =>
      cited.map((r, i) => {
        const c = r.citations[0]!;
        return { n: start + i, id: c.id, path: engine.corpus.get(c.id)?.path ?? [], quote: c.quote };
      }),
  };
}
