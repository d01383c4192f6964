/**
 * What a tab of the staff page is, and what it may use. Each tab is its own module exporting a StaffTab;
 * main.ts lists them. Adding a tab: its panel in server/web/staff-page.ts, a module here, one line in main.ts.
 */
import type { Clause } from '../../../../retrieval/schemas/clause.ts';
import type { Tabs } from '../tabs.ts';
import type { StaffAccess } from './staff-access.ts';

/** A clause as /api/clauses/:id returns it. */
export type ReadClause = Clause & { pathInferred?: boolean[]; prev?: string | null; next?: string | null; docTitle?: string; versionDate?: string; status?: 'in_force' | 'superseded' };

/** The clause reader beside the tabs. */
export interface ClauseReader {
  /** Shows a clause in the reader, with the quote highlighted when given. */
  open(id: string, quote?: string | null): Promise<void>;
  /** A clause (cached), or null when there is no such id. */
  fetch(id: string): Promise<ReadClause | null>;
  /** A clause already listed by the outline, for its inferred-heading flags. */
  known(id: string): ReadClause | undefined;
}

/** What every tab gets. */
export interface StaffContext {
  reader: ClauseReader;
  tabs: Tabs;
  /** The page's query string: ?q=, ?audit=, ?tab=, ?clause= open the page on a task. */
  params: URLSearchParams;
  /** Requests to the staff endpoints, with the token and its prompt. */
  staff: StaffAccess;
}

/** One tab of the staff page. */
export interface StaffTab {
  /** The id of its role="tab" button in the page. */
  tabId: string;
  /** Wires the panel once, at page load. */
  init(ctx: StaffContext): void;
  /** Runs whenever the tab is shown (e.g. to load its list the first time). */
  onShow?(): void;
}
