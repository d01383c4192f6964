/// <reference types="@cloudflare/vitest-pool-workers/types" />
/** Feedback on Workers: the D1 binding from wrangler.toml, migrated as on deploy, behind the Worker's own fetch. */
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      TEST_MIGRATIONS: D1Migration[];
      STAFF_TOKEN: string;
    }
  }
}

/** The Worker's default export (server/worker.ts), as the runtime sees it. */
const worker = (exports as unknown as { default: { fetch: typeof fetch } }).default;

const post = (body: unknown) =>
  worker.fetch('http://worker/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const list = (query = '', token: string | null = env.STAFF_TOKEN) =>
  worker.fetch(`http://worker/api/feedback${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
});

describe('feedback on Workers (D1)', () => {
  it('stores feedback in D1, masked, and lists it newest first with counts', async () => {
    const first = await post({ rating: 'helpful', question: '失业保险金怎么领？', answer: '……[1]', citationIds: ['5.1.3'] });
    expect(first.status).toBe(201);
    const second = await post({ rating: 'wrong_answer', question: '电话13812345678能打吗', answer: '……', comment: '不对' });
    expect(second.status).toBe(201);

    const res = await list();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { feedback: { id: number; question: string; citationIds: string[]; comment: string | null }[]; counts: Record<string, number> };
    expect(body.feedback.map((f) => f.question)).toEqual(['电话［已隐去手机号］能打吗', '失业保险金怎么领？']);
    expect(body.feedback[1]).toMatchObject({ citationIds: ['5.1.3'], comment: null });
    expect(body.counts).toEqual({ helpful: 1, wrong_citation: 0, wrong_answer: 1 });

    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM feedback').first<{ n: number }>();
    expect(rows?.n).toBe(2);
  });

  it('guards the list with the STAFF_TOKEN binding', async () => {
    expect((await list('', null)).status).toBe(401);
    expect((await list('', 'wrong')).status).toBe(401);
    expect((await list('?rating=helpful')).status).toBe(200);
  });

  it('answers bad input with a 4xx JSON error', async () => {
    const res = await post({ rating: 'meh', question: '', answer: '' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('serves the web page', async () => {
    const res = await worker.fetch('http://worker/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html lang="zh-CN">');
  });
});
