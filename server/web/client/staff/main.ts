/**
 * The staff page (GET /staff), bundled as /assets/staff.js: the outline and clause reader, and the tabs
 * listed in STAFF_TABS, each its own module. ?clause=&quote= opens a clause, ?tab= a tab.
 */
import { ELDER_CLASS } from '../../elder-mode.ts';
import { byId } from '../dom.ts';
import { initElderToggle } from '../elder-toggle.ts';
import { createTabs } from '../tabs.ts';
import { auditTab } from './audit-tab.ts';
import { createClauseReader } from './clause-reader.ts';
import { correctionsTab } from './corrections-tab.ts';
import { feedbackTab } from './feedback-tab.ts';
import { searchTab } from './search-tab.ts';
import { createStaffAccess } from './staff-access.ts';
import type { StaffContext, StaffTab } from './staff-tab.ts';
import { unansweredTab } from './unanswered-tab.ts';

/** The tabs, in the order of their buttons in server/web/staff-page.ts. */
const STAFF_TABS: StaffTab[] = [auditTab, searchTab, feedbackTab, unansweredTab, correctionsTab];

initElderToggle();
const params = new URLSearchParams(location.search);
const outlineBox = byId<HTMLDetailsElement>('outline-box');
if (window.matchMedia('(min-width: 960px)').matches && !document.documentElement.classList.contains(ELDER_CLASS)) outlineBox.open = true;

const reader = createClauseReader((r) => {
  const clause = params.get('clause');
  if (clause) void r.open(clause, params.get('quote'));
});
const tabs = createTabs(byId('staff-tabs'), (id) => STAFF_TABS.find((t) => t.tabId === id)?.onShow?.());
const ctx: StaffContext = { reader, tabs, params, staff: createStaffAccess() };
for (const tab of STAFF_TABS) tab.init(ctx);
const tab = params.get('tab');
if (tab) tabs.select(`tab-${tab}`);
