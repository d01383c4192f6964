/** ask: the same cited answer as /api/chat, composed from the plan by the chat composer. */
import { z } from 'zod';
import { AnswerSchema, type Answer } from '../schemas/answer.ts';
import { MAX_MESSAGE_CHARS, MAX_TURNS, MessageSchema } from '../schemas/message.ts';
import { ProfileSchema } from '../eligibility/index.ts';
import { defineTool } from '../tool.ts';
import { RESOLVED_PREFIX } from '../wording.ts';

/** The ask tool; registered only where a chat composer is wired into the ToolContext. */
export const askTool = defineTool({
  name: 'ask',
  title: '按规划回答 Ask the assistant',
  description: [
    'Ask the Zhejiang public-services assistant a question and get a finished answer in Simplified Chinese, grounded in 《浙江省公共服务“十四五”规划》.',
    'Call it when you want a ready answer with citations rather than raw clauses (use search_plan / get_clause to read the plan yourself).',
    'Phrase the question as the person would, preferably in Chinese (e.g. "我是外地户口，孩子能在杭州上公办小学吗？"); a whole letter is fine (the questions in it are found and answered in order, up to three).',
    'For a follow-up ("那城里的呢", "要什么条件"), pass the earlier turns as `history`: the answer then says which question it answered (`resolvedQuestion`).',
    'Returns `answer` with [n] markers, `citations` (clause id, heading path, verbatim quote for each n) and `status`: answered; no_match (the plan does not cover it — refer to 12345 or 浙里办); needs_info (see followUp: kind "fact", a decisive personal fact is missing; kind "clarify", which plan topic is meant — offer followUp.options, each answered when asked as the next question); rejected.',
    'Relay the answer with its citations; the plan states goals and directions to 2025, not statutory entitlements.',
  ].join('\n'),
  inputSchema: z.strictObject({
    question: z
      .string()
      .trim()
      .min(1, 'question must not be empty')
      .max(MAX_MESSAGE_CHARS, `question is at most ${MAX_MESSAGE_CHARS} characters`)
      .describe('The question, as the person would ask it, preferably in Chinese: one sentence or a whole letter'),
    history: z
      .array(MessageSchema)
      .max(MAX_TURNS - 1)
      .optional()
      .describe('The earlier turns of the conversation, oldest first ({role: "user"|"assistant", content}); a follow-up is read against them'),
    profile: ProfileSchema.optional().describe(
      'Facts about the person you already know (the check_eligibility profile; every field optional); they let the answer judge eligibility',
    ),
  }),
  outputSchema: AnswerSchema,
  async run({ question, history, profile }, { answer }) {
    // Unreachable through tools/index.ts, which lists ask only with a composer; kept for the type narrowing.
    if (!answer) throw new Error('ask called without a chat composer');
    return answer({ messages: [...(history ?? []), { role: 'user', content: question }], ...(profile && { profile }) });
  },
  toText(a: Answer) {
    const sources = a.citations.map((c) => `[${c.n}] 条款 ${c.id}｜${c.path.join(' › ')}：「${c.quote}」`);
    // A clarifying question's topics are listed for the client to offer (structuredContent.followUp.candidates too).
    const followUp = !a.followUp
      ? []
      : a.followUp.kind === 'clarify'
        ? [`请选择：${a.followUp.question}`, ...(a.followUp.candidates ?? []).map((c) => `- ${c.option}（条款 ${c.id}）`)]
        : [`请回答：${a.followUp.question}`];
    const resolved = a.resolvedQuestion ? [`${RESOLVED_PREFIX}${a.resolvedQuestion}`] : [];
    return [...resolved, a.answer, ...followUp, ...(sources.length ? ['出处：', ...sources] : [])].join('\n');
  },
});
