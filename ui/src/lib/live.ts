// What to refetch when the desk reports changes. Events carry ids, not data
// (the store's change feed, the CLI in another process, a teammate on the
// shared Postgres): the window refetches what it shows. Any change can move
// counts and queue order, so both are refreshed; the open case only when it
// is in the batch, or when the whole workspace changed (which may also have
// added agents or communities, so the workspace info is read again).
import type { CaseId, Change } from './bindings';

export interface RefreshPlan {
  workspace: boolean;
  counts: boolean;
  queue: boolean;
  openCase: boolean;
}

export const NOTHING: RefreshPlan = { workspace: false, counts: false, queue: false, openCase: false };

export function planRefresh(changes: readonly Change[], openCase: CaseId | null): RefreshPlan {
  if (changes.length === 0) return NOTHING;
  const workspace = changes.some((c) => c.kind === 'workspace');
  const touchesCase = workspace || changes.some((c) => c.kind === 'case' && c.id === openCase);
  return { workspace, counts: true, queue: true, openCase: openCase !== null && touchesCase };
}

/** Two plans in one: what either asked for. */
export function mergePlans(a: RefreshPlan, b: RefreshPlan): RefreshPlan {
  return {
    workspace: a.workspace || b.workspace,
    counts: a.counts || b.counts,
    queue: a.queue || b.queue,
    openCase: a.openCase || b.openCase,
  };
}
