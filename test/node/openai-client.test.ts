/** /v1/chat/completions as the official `openai` npm client uses it, against a real Node server. */
import { serve, type ServerType } from '@hono/node-server';
import OpenAI from 'openai';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { createApp } from '../../server/app.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';

const engine = createEngine(PLAN_DATA);
let server: ServerType;
let client: OpenAI;

beforeAll(async () => {
  const app = createApp({ engine });
  await new Promise<void>((resolve) => {
    // The article gate opened low (ARTICLE_GATE, the low end of the fitted gate's plateau) so that an answer quotes a law.
    server = serve({ fetch: (request) => app.fetch(request, { ARTICLE_GATE: '0.3' }), port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  client = new OpenAI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: 'not-needed', maxRetries: 0 });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type WithCitations = { citations: { n: number; id: string; quote: string }[]; status: string };

describe('openai client', () => {
  it('gets a cited answer without streaming', async () => {
    const completion = await client.chat.completions.create({
      model: 'any-model-name',
      messages: [
        { role: 'system', content: 'You are helpful.' },
        { role: 'user', content: '低保边缘家庭的认定标准会放宽吗？' },
      ],
    });
    const content = completion.choices[0]!.message.content!;
    expect(completion.model).toBe('any-model-name');
    expect(completion.choices[0]!.finish_reason).toBe('stop');
    expect(content).toContain('放宽最低生活保障边缘家庭认定标准');
    expect(content).toContain('参考条款');
    const extra = completion as unknown as WithCitations;
    expect(extra.status).toBe('answered');
    for (const c of extra.citations) expect(engine.corpus.get(c.id)!.text).toContain(c.quote);
  });

  it('names a law\'s article by its document and version, in the citations and in the content', async () => {
    const stream = await client.chat.completions.create({ model: 'x', stream: true, messages: [{ role: 'user', content: '工伤认定怎么申请？' }] });
    let content = '';
    let citations: (WithCitations['citations'][number] & { doc?: string; docTitle?: string; versionDate?: string; label?: string })[] = [];
    for await (const chunk of stream) {
      content += chunk.choices[0]?.delta?.content ?? '';
      const extra = chunk as unknown as Partial<WithCitations>;
      if (extra.citations) citations = extra.citations;
    }
    const articles = citations.filter((c) => c.doc !== 'plan');
    expect(articles.length).toBeGreaterThan(0);
    for (const c of articles) {
      const doc = engine.documents!.document(c.doc!)!;
      expect(doc.status).toBe('in_force');
      expect({ docTitle: c.docTitle, versionDate: c.versionDate }).toEqual({ docTitle: doc.title, versionDate: doc.versionDate });
      expect(engine.documents!.article(c.id)!.text).toContain(c.quote);
      // The sources under the answer name the law, the article and the version, not a bare id.
      expect(content).toContain(`[${c.n}] 《${doc.title}》${c.label}（${doc.versionDate}版）`);
      expect(content).not.toContain(`[${c.n}] ${c.id}`);
    }
    for (const c of citations.filter((c) => c.doc === 'plan')) expect(content).toContain(`[${c.n}] ${c.id} `);
  });

  it('streams with the SDK helpers and ends with finish_reason stop and the citations', async () => {
    const stream = await client.chat.completions.create({
      model: 'x',
      stream: true,
      messages: [{ role: 'user', content: '托育机构的工作人员需要持证吗？' }],
    });
    let text = '';
    let finish: string | null = null;
    let citations: WithCitations['citations'] = [];
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      const extra = chunk as unknown as Partial<WithCitations>;
      if (extra.citations) citations = extra.citations;
    }
    expect(finish).toBe('stop');
    expect(text).toContain('持证上岗');
    expect(citations.length).toBeGreaterThan(0);
  });

  it('works with the stream runner helper (needs role in the first delta)', async () => {
    const runner = client.chat.completions.stream({ model: 'x', messages: [{ role: 'user', content: '老年人可以上老年大学吗？' }] });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]!.message.role).toBe('assistant');
    expect(final.choices[0]!.message.content).toContain('老年大学');
  });

  it('answers bad requests with a 4xx the client raises as an APIError carrying OpenAI\'s type', async () => {
    const bad = await client.chat.completions.create({ model: 'x', messages: [{ role: 'assistant', content: 'hi' }] }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.APIError);
    expect(bad).toMatchObject({ status: 400, type: 'invalid_request_error', code: 'invalid_request' });
  });

  it('gives a refusal made before the route (body too large) the same type', async () => {
    const huge = '问'.repeat(40_000); // 120 KB of UTF-8, over the 64 KiB body limit
    const err = await client.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: huge }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err).toMatchObject({ status: 413, type: 'invalid_request_error', code: 'payload_too_large' });
  });

  it('lists and retrieves the model, as clients that list models first do', async () => {
    const models = [];
    for await (const model of client.models.list()) models.push(model);
    expect(models).toEqual([expect.objectContaining({ id: 'zj-plan-extractive', object: 'model', owned_by: expect.any(String), created: expect.any(Number) })]);
    expect(await client.models.retrieve('zj-plan-extractive')).toMatchObject({ id: 'zj-plan-extractive', object: 'model' });
    const missing = await client.models.retrieve('gpt-4o').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect(missing).toMatchObject({ type: 'not_found_error' });
  });

  it('reports usage without streaming, and when streaming only with stream_options.include_usage', async () => {
    const question = '托育机构的工作人员需要持证吗？';
    const completion = await client.chat.completions.create({ model: 'x', messages: [{ role: 'user', content: question }] });
    const content = completion.choices[0]!.message.content!;
    expect(completion.usage).toEqual({ prompt_tokens: [...question].length, completion_tokens: [...content].length, total_tokens: [...question].length + [...content].length });

    const usages: unknown[] = [];
    let last: { choices: unknown[]; usage?: unknown } | undefined;
    const withUsage = await client.chat.completions.create({ model: 'x', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: question }] });
    for await (const chunk of withUsage) {
      usages.push(chunk.usage);
      last = chunk;
    }
    // Every chunk but the last says null; the last has no choices and the same counts as the plain answer.
    expect(usages.slice(0, -1).every((u) => u === null)).toBe(true);
    expect(last).toMatchObject({ choices: [], usage: completion.usage });

    const plain = await client.chat.completions.create({ model: 'x', stream: true, messages: [{ role: 'user', content: question }] });
    for await (const chunk of plain) expect(chunk.usage).toBeUndefined();
  });
});
