// Which cases the queue shows, as the person chose it (community from the
// matrix, brand, locale, status, assignee), and its translation into the
// backend's QueueFilter for one page. "Mine" is resolved here against the
// agent chosen as "me", so the choice survives a change of who "me" is.
import type { AgentId, BrandId, CaseStatus, CommunityId, QueueFilter } from './bindings';

export const PAGE_SIZE = 100;

export type AssigneeChoice = 'anyone' | 'unassigned' | 'mine' | AgentId;

export interface QueueView {
  community: CommunityId | null;
  brand: BrandId | null;
  locale: string | null;
  /** null: every open status. */
  status: CaseStatus | null;
  assignee: AssigneeChoice;
}

export const ALL_OPEN: QueueView = {
  community: null,
  brand: null,
  locale: null,
  status: null,
  assignee: 'anyone',
};

/** The backend's AssigneeFilter for a choice; "mine" without a `me` matches nobody's cases. */
export function assigneeFilter(choice: AssigneeChoice, me: AgentId | null): QueueFilter['assignee'] {
  return choice === 'anyone'
    ? { kind: 'anyone' }
    : choice === 'unassigned'
      ? { kind: 'unassigned' }
      : { kind: 'agent', agent: choice === 'mine' ? (me ?? -1) : choice };
}

/** The QueueFilter for one page of `view`. */
export function toFilter(view: QueueView, me: AgentId | null, page: number): QueueFilter {
  const assignee = assigneeFilter(view.assignee, me);
  return {
    community: view.community,
    brand: view.brand,
    locale: view.locale,
    statuses: view.status ? [view.status] : [],
    assignee,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  };
}
