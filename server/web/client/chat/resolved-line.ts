/**
 * The line above an answer that says which question it answered, when that is not the message as typed: a
 * follow-up read in the conversation ("那城里的呢" → "城里的孩子上学有补助吗"), or the questions found in a letter.
 */
import type { Answer } from '../../../../tools/schemas/answer.ts';
import { RESOLVED_PREFIX } from '../../../../tools/wording.ts';
import { el } from '../dom.ts';

/** Puts the resolved question before the answer text in its message (nothing when the answer has none). */
export function showResolvedQuestion(item: HTMLElement, box: HTMLElement, answer: Answer): void {
  if (!answer.resolvedQuestion || box.parentNode !== item) return;
  item.insertBefore(el('p', { class: 'resolved', text: `${RESOLVED_PREFIX}${answer.resolvedQuestion}` }), box);
}
