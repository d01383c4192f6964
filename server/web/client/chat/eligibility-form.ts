/**
 * The 资格自查 tab: reads the form into a Profile, asks /api/eligibility, and shows the results best first
 * with their quotes; the deciding questions get one-tap answers that fill the form and check again.
 */
import type { Eligibility } from '../../../../tools/eligibility/eligibility-schema.ts';
import { STATUS_ORDER } from '../../../../tools/eligibility/wording.ts';
import { ELIGIBILITY_CAVEATS, ELIGIBILITY_STATUS_LABEL } from '../../../../tools/wording.ts';
import type { ChatConfig } from '../../page-config.ts';
import { errorText, fetchJson } from '../api.ts';
import { byId, el, one } from '../dom.ts';
import { planUrl } from '../plan-text.ts';

type Status = Eligibility['status'];
type Profile = Record<string, string | number | boolean>;

/** What /api/eligibility answers (questions is absent from older servers). */
interface EligibilityResponse {
  results: (Eligibility & { relevant?: boolean; caveat?: string })[];
  questions?: { field: string; question: string }[];
}

/** The form as the conversation sees it: the facts given, kept for later questions. */
export interface EligibilityForm {
  /** The profile of the last successful check, or null when none or cleared. */
  profile(): Profile | null;
}

/** Wires the form in #panel-form. */
export function initEligibilityForm(config: ChatConfig): EligibilityForm {
  const form = byId<HTMLFormElement>('eligibility-form');
  const results = byId('eligibility-results');
  const extraBox = byId('extra-facts');
  const fieldByName = new Map(config.fields.map((f) => [f.name as string, f]));
  // Facts answered with a tap that the form does not ask (e.g. sex), by field.
  let extra: Record<string, { value: string; label: string; question: string }> = {};
  let checked: Profile | null = null;

  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const parseValue = (value: string): string | boolean => (value === 'true' || value === 'false' ? value === 'true' : value);

  const readProfile = (): Profile => {
    const profile: Profile = {};
    for (const [name, fact] of Object.entries(extra)) profile[name] = parseValue(fact.value);
    for (const f of config.fields) {
      const value = control(f.name)?.value.trim() ?? '';
      if (value === '') continue;
      if (f.kind === 'number') {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 0 && n <= 130) profile[f.name] = n;
      } else profile[f.name] = parseValue(value);
    }
    return profile;
  };

  const showExtra = () => {
    const names = Object.keys(extra);
    extraBox.hidden = !names.length;
    extraBox.textContent = '';
    if (!names.length) return;
    const said = names.map((n) => `${extra[n]!.question.replace(/（.*?）/g, '')} ${extra[n]!.label}`).join('；');
    extraBox.appendChild(document.createTextNode(`另外已回答：${said} `));
    extraBox.appendChild(el('button', { type: 'button', class: 'linkish', text: '清除', onclick: () => { extra = {}; showExtra(); } }));
  };

  /** Records a one-tap answer (into the form when it asks that field) and checks again. */
  const answer = (field: string, value: string, label: string, question: string) => {
    const input = fieldByName.has(field) ? control(field) : null;
    if (input) input.value = value;
    else extra[field] = { value, label, question };
    showExtra();
    void check();
  };

  const check = async () => {
    const profile = readProfile();
    const submit = one<HTMLButtonElement>('button[type="submit"]', form);
    submit.disabled = true;
    results.textContent = '';
    results.appendChild(el('p', { role: 'status', text: '正在查询…' }));
    const res = await fetchJson<EligibilityResponse>('/api/eligibility', { method: 'POST', body: { profile } });
    submit.disabled = false;
    results.textContent = '';
    if (!res.ok || !res.data) {
      const text = res.status === 404 ? '资格自查暂不可用，请在“提问”中直接描述您的情况。' : `查询失败：${errorText(res.data, res.status)}`;
      results.appendChild(el('div', { class: 'callout bad', role: 'alert' }, [el('p', { text })]));
      return;
    }
    checked = Object.keys(profile).length ? profile : null;
    render(res.data.results ?? [], res.data.questions);
  };

  const render = (all: EligibilityResponse['results'], questions: EligibilityResponse['questions']) => {
    // Services that concern the person come first; "relevant" is absent from older servers, so default to shown.
    const yes = all.filter((r) => r.status === 'eligible' || r.status === 'likely_eligible');
    const open = all.filter((r) => r.status === 'need_info' && r.relevant !== false);
    const rest = all.filter((r) => !yes.includes(r) && !open.includes(r));
    const counts = new Map<Status, number>();
    for (const r of all) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const summary = (Object.keys(STATUS_ORDER) as Status[])
      .sort((a, b) => STATUS_ORDER[a] - STATUS_ORDER[b])
      .filter((s) => counts.get(s))
      .map((s) => `${ELIGIBILITY_STATUS_LABEL[s]} ${counts.get(s)} 项`)
      .join('，');
    results.appendChild(
      el('h3', { tabindex: '-1', id: 'eligibility-summary', text: `查询结果：共 ${all.length} 项服务${summary ? `（${summary}）` : ''}` }),
    );
    const caveat = all[0]?.caveat ?? ELIGIBILITY_CAVEATS.commitment;
    results.appendChild(el('p', { class: 'hint', text: `${caveat} 之后在“提问”中提问时，也会参考您填写的情况。` }));

    let asks = questions ?? [];
    if (!questions) {
      const seen = new Set<string>();
      asks = open.flatMap((r) => r.missing).filter((m) => !seen.has(m.field) && seen.add(m.field));
    }
    if (asks.length) results.appendChild(missingBox(asks.slice(0, 5)));
    else if (!Object.keys(readProfile()).length) {
      results.appendChild(el('div', { class: 'callout info' }, [el('p', { text: '请先填写一些情况（例如年龄、户籍、就业状况），结果才有参考价值。' })]));
    }
    results.appendChild(el('div', { class: 'results' }, [...yes, ...open].map(resultCard)));
    if (rest.length) {
      results.appendChild(
        el('details', null, [
          el('summary', { text: `其他 ${rest.length} 项服务（暂不符合或与您的情况关系不大）` }),
          el('div', { class: 'results' }, rest.map(resultCard)),
        ]),
      );
    }
    const heading = byId('eligibility-summary');
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };

  const missingBox = (asks: { field: string; question: string }[]) => {
    const box = el('div', { class: 'callout warn', id: 'eligibility-questions' }, [el('h3', { text: '回答这些问题，结果会更准确' })]);
    for (const m of asks) {
      box.appendChild(el('p', { text: m.question }));
      const row = el('div', { class: 'options', role: 'group', 'aria-label': m.question });
      const choices = config.choices[m.field];
      if (choices) {
        for (const [value, label] of choices) {
          row.appendChild(
            el('button', {
              type: 'button', class: 'btn secondary small', 'data-field': m.field, 'data-value': value, text: label,
              onclick: () => answer(m.field, value, label, m.question),
            }),
          );
        }
      } else if (fieldByName.has(m.field)) {
        row.appendChild(el('button', { type: 'button', class: 'btn secondary small', text: '去填写', onclick: () => control(m.field)?.focus() }));
      }
      if (row.childNodes.length) box.appendChild(row);
    }
    return box;
  };

  const resultCard = (r: EligibilityResponse['results'][number]) =>
    el('article', { class: 'card result', 'data-status': r.status }, [
      el('div', { class: 'head' }, [el('h3', { text: r.name }), el('span', { class: `pill ${r.status}`, text: ELIGIBILITY_STATUS_LABEL[r.status] ?? r.status })]),
      r.reasons.length ? el('ul', null, r.reasons.map((t) => el('li', { text: t }))) : null,
      r.missing.length ? el('p', { class: 'hint', text: `还需了解：${r.missing.map((m) => m.question).join(' ')}` }) : null,
      ...r.citations.map((c) =>
        el('blockquote', null, [`“${c.quote}” `, el('a', { href: planUrl(c.id, c.quote, true), text: `查看原文（条款 ${c.id}）` })]),
      ),
    ]);

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void check();
  });
  form.addEventListener('reset', () => {
    results.textContent = '';
    extra = {};
    showExtra();
    checked = null;
  });
  return { profile: () => checked };
}
