/** list_services: every person-facing service the eligibility engine knows, with the clauses it rests on. */
import { z } from 'zod';
import { ListServicesOutputSchema, listServices, type Service } from './eligibility/index.ts';
import { defineTool } from './tool.ts';

/** How the plan words a service, as a person reads it. */
const STRENGTH_LABELS: Readonly<Record<Service['strength'], string>> = {
  commitment: '已明确实施',
  goal: '目标方向',
  exploration: '探索中',
};

/** The list_services tool. */
export const listServicesTool = defineTool({
  name: 'list_services',
  title: '服务事项清单 List services',
  description: [
    'List every person-facing service named in 《浙江省公共服务“十四五”规划》 that check_eligibility can judge, grouped by domain (就业创业, 社会救助, 养老, 残疾人, 教育, 住房, 退役军人, …).',
    'Call it to show a person what kinds of help the plan mentions, or to find a service id; it takes no input.',
    'Returns each service with its id, Chinese name, group, a one-sentence description, how strongly the plan words it (commitment / goal / exploration) and citations (clause id, heading path, verbatim quote).',
    'The plan states goals and directions to 2025, not statutory entitlements: a listed service is not a promise to anyone.',
  ].join('\n'),
  inputSchema: z.strictObject({}),
  outputSchema: ListServicesOutputSchema,
  async run(_input, { engine }) {
    return { services: listServices(engine.corpus.clauses) };
  },
  toText({ services }) {
    // Map.groupBy needs Node 21; this keeps the first-seen (chapter) order of the groups.
    const groups = new Map<string, Service[]>();
    for (const s of services) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
    return [...groups]
      .map(([group, members]) =>
        [
          `【${group}】`,
          ...members.map(
            (s) => `- ${s.name}（${s.id}，${STRENGTH_LABELS[s.strength]}）：${s.description} 依据：${s.citations.map((c) => `条款 ${c.id}「${c.quote}」`).join('；')}`,
          ),
        ].join('\n'),
      )
      .join('\n\n');
  },
});
