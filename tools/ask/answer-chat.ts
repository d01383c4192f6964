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
import { asksEligibility, FIELD_QUESTIONS, whoseSituation, type Eligibility, type Profile, type Situation } from '../eligibility/index.ts';
import type { Answer, ToolCall } from '../schemas/answer.ts';
import type { Citation } from '../schemas/citation.ts';
import {
  ELIGIBILITY_ASK_LINES,
  ELIGIBILITY_CHECK_HEADING,
  ELIGIBILITY_CHECK_OFFER,
  ELIGIBILITY_LIKELY_CONDITIONS_TEXT,
  ELIGIBILITY_STATUS_TEXT,
  NO_MATCH_TEXT,
  noMatchText,
  OTHER_REGION_TEXT,
  transactionText,
} from '../wording.ts';
import { clarifyTopics } from './clarify.ts';
import { joinParts } from './answer-parts.ts';
import type { ArticleRankerModel } from './article-ranker.ts';
import { findRules, gateCanOpen, rulesOrDocument, rulesReferral } from './articles.ts';
import { draftAnswer, namesAskedTopic, renderDraft, selectPoints, type AnswerDraft } from './compose.ts';
import { analyzer, analyzeResolved, askedQuestions, type Analyze, type ResolvedQuestion } from './conversation.ts';
import { decisionFeatures, planSpeaks, type DecisionModel } from './decide.ts';
import { hasFigure } from './figures.ts';
import { createGeneralIdf, type GeneralIdf, type GeneralIdfTable } from './general-idf.ts';
import { namesOtherRegion } from './intent.ts';
import { officeFor } from './offices.ts';
import { forSearchTurns, personalDataNotice } from './pii.ts';
import { planWords } from './plan-text.ts';
import type { Question } from './question.ts';
import { refusalReason, refusalText } from './safety.ts';
import { smallTalkReply, withoutSmallTalk } from './smalltalk.ts';
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
  /** false while an option of a clarifying question is being checked: it may be clarified, never checked further. */
  clarify?: boolean;
  /** The article ranker and gate (default: the fitted tools/ask/data/article-ranker.json); tests open its gate. */
  articles?: ArticleRankerModel;
}

/** Hits considered per question. */
const HITS = 8;
/** English questions: the share of their glossary terms found in the best clauses (calibrated on the English eval rows). */
const MIN_ENGLISH_COVERAGE = 0.3;

const MODEL = decisionModel as DecisionModel;
/** The plan-absent word table, unpacked once per isolate (~60k words). */
let generalIdf: GeneralIdf | undefined;

/**
 * Answers the last user message of a conversation, read in context (tools/ask/conversation.ts): a follow-up is
 * answered as the question it stands for, a letter's questions are found in it, several questions are answered in
 * parts. `part` is one of those questions, when answerChat answers it for its caller.
 */
export async function answerChat(request: ChatRequest, deps: AnswerDeps, part?: PartOfMessage): Promise<Answer> {
  const { engine } = deps;
  const read = part?.read ?? readConversation(request.messages);
  const { turns, userTurns } = read;
  const notices = [...read.notices];
  const idf = (generalIdf ??= createGeneralIdf(generalIdfTable as GeneralIdfTable));
  if (!part) {
    // A letter that hides an instruction in its story is refused whole, before its questions are picked out.
    const refusal = refusalReason(userTurns.at(-1) ?? '', engine.t2s);
    if (refusal) return { answer: refusalText(refusal), status: 'rejected', citations: [], toolCalls: [], notices, source: 'extractive' };
    // "你好", "谢谢" alone ask nothing of the plan: a courteous reply, not "the plan has nothing on it".
    // Not after our question about the person's facts: there "嗯" or "好的" answers it (whose-situation.ts reads a yes).
    const lastAssistant = request.messages.filter((m) => m.role === 'assistant').at(-1)?.content;
    const smallTalk = asksEligibility(lastAssistant) ? null : smallTalkReply(userTurns.at(-1) ?? '', lastAssistant === undefined);
    if (smallTalk) return { answer: smallTalk, status: 'no_match', citations: [], toolCalls: [], notices, source: 'extractive' };
  }
  // "按我的情况查一查" (the offer under an answer) asks the question before it again, for the person (askedQuestions).
  const analyze = (read.analyze ??= analyzer(engine, idf));
  const questions = part ? [part.question] : askedQuestions(userTurns, engine, idf, analyze);
  if (questions.length > 1) return joinParts(await Promise.all(questions.map(async (question) => ({ question: question.text, answer: await answerChat(request, deps, { question, read }) }))));
  const asked = questions[0]!;
  const q: Question = analyzeResolved(asked, userTurns, engine, idf, analyze);
  const base: Pick<Answer, 'toolCalls' | 'notices' | 'followUp' | 'offers' | 'resolvedQuestion'> = { toolCalls: [], notices, ...(asked.resolved && !part ? { resolvedQuestion: asked.text } : {}) };
  const without = (status: 'no_match' | 'rejected', answer: string): Answer => ({ answer, status, citations: [], ...base, source: 'extractive' });
  const refer = (answer: string) => without('no_match', answer);

  // The message as typed was checked above; a question read from it in context (a follow-up, a letter's part) is
  // checked as answered.
  const refusal = asked.text === userTurns.at(-1) && !part ? null : refusalReason(q.raw, engine.t2s);
  if (refusal) return without('rejected', refusalText(refusal));
  // "那农村呢？" after a request for unlawful help continues that request.
  if (q.followsUp && refusalReason(userTurns.at(-2)!, engine.t2s) === 'unlawful') return without('rejected', refusalText('unlawful'));
  if (q.latin) notices.push('This assistant answers in Chinese, from the Chinese text of the plan.');

  const correction = deps.corrections?.(q.simplified) ?? null;
  if (correction?.outOfScope) return refer(NO_MATCH_TEXT);
  if (!correction) {
    if (namesOtherRegion(q.simplified)) return refer(OTHER_REGION_TEXT);
    if (q.transaction) return refer(transactionText(officeFor(q.simplified)));
  }

  let hits = await engine.search(q.prepared, HITS);
  if (correction) hits = leadWith(correction.clauseIds, hits, engine);
  else if (!covers(q, hits, engine) && !rulesAnswer(q, hits, engine, deps.articles)) {
    // The plan does not cover it; an article that confidently answers is quoted in the referral, or else the document that sets such rules named (still no_match).
    const rules = rulesOrDocument(q, engine, hits, true, deps.articles);
    return rules ? { ...refer(''), ...rulesReferral(rules, officeFor(q.simplified)) } : refer(noMatchText(officeFor(q.simplified)));
  }
  if (hits.length === 0) return refer(NO_MATCH_TEXT);
  // Which plan topic is meant, when a short open question's best clauses are close (clarify.ts); each option is checked by answering it.
  // A question that states someone's situation is about that person, not one of several topics.
  const situation = whoseSituation(turns);
  const clarification = correction || situation.stated ? null : await clarifyTopics(q, hits, engine, deps.clarify === false ? undefined : (option) => answerChat({ messages: [{ role: 'user', content: option }] }, { ...deps, model: undefined, clarify: false }));
  if (clarification) return { ...clarification, status: 'needs_info', citations: [], ...base, followUp: clarification.followUp, source: 'extractive' };

  const points = selectPoints(q, hits, engine, correction?.clauseIds);
  const draft = draftAnswer(q, points, engine, correction !== null);
  // A partial answer (it says what the plan leaves out) may name the document that sets it, as a referral does.
  draft.rules = draft.missing ? rulesOrDocument(q, engine, hits, false, deps.articles) : findRules(q, engine, hits, false, deps.articles);
  if (deps.eligibility !== false) {
    // A service is shown when the answer cites its clause or its sentence names what was asked (康复辅具 is padding for 家庭医生).
    const cited = new Set(points.map((p) => p.hit.id));
    const asked = (c: { id: string; quote: string }) => cited.has(c.id) || namesAskedTopic(q, c.quote, engine);
    const consult = await consultEligibility(situation, request.profile, hits.slice(0, 3).map((h) => h.id), engine, asked);
    if (consult) {
      if (consult.call) base.toolCalls.push(consult.call);
      draft.extra = consult.section;
      if (consult.followUp) (draft.followUp = consult.followUpLine), (base.followUp = consult.followUp);
      if (consult.offers) base.offers = consult.offers;
    }
  }
  const generated = deps.model ? await deps.model(q.text, hits, turns.slice(0, -1)).catch(() => null) : null;
  // A model sentence's figures are checked against its sources, but a figure must also measure what was asked.
  const body = generated && (q.unit !== null || !hasFigure(generated.answer)) ? generated : undefined;
  return { ...renderDraft(draft, body), status: base.followUp ? 'needs_info' : 'answered', ...base, source: body ? 'llm' : 'extractive' };
}

/** A conversation read once per request: masked turns (what is searched), the user's turns and the masking notice. */
interface ConversationRead {
  turns: ChatMessage[];
  userTurns: string[];
  notices: string[];
  /** The request's analyses of texts (conversation.ts analyzer), shared by the parts of a message. */
  analyze?: Analyze;
}

/** One of several questions of a message, answered by answerChat for the whole (tools/ask/answer-parts.ts). */
interface PartOfMessage {
  question: ResolvedQuestion;
  read: ConversationRead;
}

/** Masks personal data before anything else reads the conversation. */
function readConversation(messages: ChatMessage[]): ConversationRead {
  const masked = forSearchTurns(messages);
  const found = [...new Set(masked.flatMap((m) => m.found))];
  const turns = masked.map(({ role, searched }) => ({ role, content: searched }));
  return { turns, userTurns: turns.filter((t) => t.role === 'user').map((t) => withoutSmallTalk(t.content)), notices: found.length > 0 ? [personalDataNotice(found)] : [] };
}

/**
 * A condition or procedure the plan leaves to the rules: its best clause names every word of the question's topic
 * and an in-force article states what is asked (articles.ts), so the answer cites both instead of referring.
 */
function rulesAnswer(q: Question, hits: ClauseHit[], engine: Engine, articles: ArticleRankerModel | undefined): boolean {
  return (q.asked === 'condition' || q.asked === 'procedure') && gateCanOpen(articles) && decisionFeatures(q, hits, engine).coverFocus === 1 && findRules(q, engine, hits, false, articles) !== null;
}

/** Whether the plan speaks to the question: the fitted model for Chinese, glossary coverage for English. */
function covers(q: Question, hits: ClauseHit[], engine: Engine): boolean {
  if (hits.length === 0) return false;
  if (q.latin) return englishCoverage(q.prepared, hits) >= MIN_ENGLISH_COVERAGE;
  return planSpeaks(q, hits, engine, MODEL);
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
  call?: ToolCall;
  section: NonNullable<AnswerDraft['extra']> | null;
  followUp?: { kind: 'fact'; field: string; question: string; options: string[] };
  followUpLine: string;
  /** One-tap options that keep the answer `answered` (the check offered under a general question). */
  offers?: string[];
}

/** Relatives as the answer names them when it speaks of their situation ("按您母亲的情况"). */
const WHOSE: Record<string, string> = { 我妈: '您母亲', 我爸: '您父亲', 妈妈: '您母亲', 爸爸: '您父亲', 母亲: '您母亲', 父亲: '您父亲' };

/**
 * Runs the eligibility tool for the person the conversation is about (whoseSituation): the speaker's own facts,
 * or those of the relative they ask about, or the form's; never a group a general question names, a service's
 * name, a negation or another person read as the speaker's. Facts stated twice with different values are asked
 * about before anything is judged. Relevant results are those whose cited clauses are among the best hits; a
 * need_info among them produces the follow-up question. A general question that names a group judges nobody:
 * when that group's services are among the best hits, the check is offered as a one-tap option (`offers`), and
 * "按我的情况查一查" starts the questions for those services.
 */
async function consultEligibility(situation: Situation, formProfile: Profile | undefined, topClauseIds: string[], engine: Engine, asked: (c: { id: string; quote: string }) => boolean = () => true): Promise<EligibilityConsult | null> {
  const { stated } = situation;
  const about = stated?.subject === 'other' ? stated.others.at(-1) : undefined;
  const conflicts = (about ? about.conflicts : stated?.conflicts) ?? [];
  if (conflicts.length > 0) {
    const field = conflicts[0]!;
    const question = FIELD_QUESTIONS[field];
    const call: ToolCall = { name: 'check_eligibility', arguments: { profile: {} }, result: { conflicts } };
    return { call, section: null, followUpLine: ELIGIBILITY_ASK_LINES.conflict, followUp: { kind: 'fact', field, question, options: optionsFor(question) } };
  }
  const profile: Profile = { ...(stated ? (about?.profile ?? stated.profile) : {}), ...situation.answered, ...(formProfile ?? {}) };
  const inTop = (r: Eligibility) => r.status !== 'not_eligible' && r.citations.some((c) => topClauseIds.includes(c.id) && asked(c));
  if (Object.keys(profile).length === 0) {
    // Nobody's situation: the services of the group the question names, to offer (or, when asked, start) the check.
    if (Object.keys(situation.named).length === 0) return null;
    const { results: forGroup } = await checkEligibilityTool.run({ profile: situation.named }, { engine });
    const groupServices = forGroup.filter((r) => r.relevant && inTop(r)).map((r) => r.serviceId);
    if (groupServices.length === 0) return null;
    if (!situation.checkRequested) return { section: null, followUpLine: '', offers: [ELIGIBILITY_CHECK_OFFER] };
    const { results } = await checkEligibilityTool.run({ profile: {} }, { engine });
    const open = results.filter((r) => groupServices.includes(r.serviceId) && r.missing.length > 0);
    if (open.length === 0) return null;
    // Ask first whether the person belongs to the group the question named ("您是高校毕业生吗？").
    const field = (Object.keys(situation.named) as (keyof Profile)[])[0]!;
    const missing = { field, question: FIELD_QUESTIONS[field] };
    return {
      call: { name: 'check_eligibility', arguments: { profile: {} }, result: open },
      section: eligibilitySection(open, ELIGIBILITY_CHECK_HEADING, engine),
      ...askLine(missing),
    };
  }
  const { results } = await checkEligibilityTool.run({ profile }, { engine });
  const relevant = results.filter((r) => r.relevant && inTop(r));
  if (relevant.length === 0) return null;
  const call: ToolCall = { name: 'check_eligibility', arguments: { profile }, result: relevant };
  // Ask only while nothing relevant is decided in the person's favour: otherwise the question is noise.
  const decided = relevant.some((r) => r.status === 'eligible' || r.status === 'likely_eligible');
  const pending = decided ? undefined : relevant.find((r) => r.status === 'need_info' && r.missing.length > 0);
  const missing = pending?.missing[0];
  const person = about ? (WHOSE[about.who] ?? `您说的${about.who}`) : undefined;
  const whose = person ? `按${person}的情况：` : '结合您说的情况：';
  const ask = missing ? askLine(missing) : { followUpLine: '' };
  // The questions say 您: when the answer is about someone else, say whose situation to answer for.
  if (missing && person) ask.followUpLine += `（请按${person}的情况回答）`;
  return { call, section: eligibilitySection(relevant, whose, engine), ...ask };
}

/** The follow-up line and question for a missing fact. */
function askLine(missing: Eligibility['missing'][number]): Pick<EligibilityConsult, 'followUp' | 'followUpLine'> {
  // The answer text states no figure its citations lack: a question that explains itself with figures
  // (retirement ages, "3岁以下") is shown from followUp.question instead.
  const inline = missing.question.replace(/（[^）]*）/g, (note) => (hasFigure(note) ? '' : note));
  return {
    followUpLine: hasFigure(inline) ? ELIGIBILITY_ASK_LINES.askBelow : `${ELIGIBILITY_ASK_LINES.ask}${inline}`,
    followUp: { kind: 'fact', field: missing.field, question: missing.question, options: optionsFor(missing.question) },
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
    lines: [heading, ...cited.map((r, i) => `· ${r.name}：${statusText(r)}${reasonOf(r) ? `（${reasonOf(r)}）` : ''}[+${i}]`)],
    citations: cited.map((r) => {
      const c = r.citations[0]!;
      return { id: c.id, path: engine.corpus.get(c.id)?.path ?? [], quote: c.quote };
    }),
  };
}

/** A result's status as the chat states it: a likely result of a measure in force is likely for its conditions, not its wording. */
function statusText(r: Eligibility): string {
  return r.status === 'likely_eligible' && r.strength === 'commitment' ? ELIGIBILITY_LIKELY_CONDITIONS_TEXT : ELIGIBILITY_STATUS_TEXT[r.status];
}
