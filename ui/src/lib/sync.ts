// Keeping the window in step with the database. Change events and our own
// actions ask for refreshes; requests that arrive while one runs are merged
// into a single follow-up, so a burst of 200 inbound messages in a crisis
// costs two refetches, not 200.
import type { Change } from './bindings';
import { openCase } from './case.svelte';
import { desk } from './desk.svelte';
import { mergePlans, planRefresh, type RefreshPlan } from './live';
import { ALL_OPEN, queue } from './queue.svelte';
import { search } from './search.svelte';

let pending: RefreshPlan | null = null;
let running: Promise<void> | null = null;

export function requestRefresh(plan: RefreshPlan): Promise<void> {
  pending = pending ? mergePlans(pending, plan) : plan;
  running ??= drain();
  return running;
}

async function drain(): Promise<void> {
  try {
    while (pending) {
      const plan = pending;
      pending = null;
      if (desk.status !== 'ready') continue;
      if (plan.workspace) await desk.refreshInfo();
      await Promise.all([
        plan.counts ? desk.refreshCounts() : undefined,
        plan.queue ? queue.refresh() : undefined,
        plan.openCase ? openCase.refresh() : undefined,
      ]);
    }
  } finally {
    running = null;
  }
}

export function onDeskChanges(changes: Change[]): void {
  void requestRefresh(planRefresh(changes, openCase.id));
}

/** After one of our own actions on the open case. */
export function refreshAfterAction(): void {
  void requestRefresh({ workspace: false, counts: true, queue: true, openCase: true });
}

let reloading: Promise<void> | null = null;

/**
 * Another workspace (or the same one again, after a failure): everything
 * from scratch. File → Open both answers and announces the switch; the two
 * requests share one reload.
 */
export function reloadAll(): Promise<void> {
  reloading ??= (async () => {
    try {
      openCase.close();
      search.close();
      // The first queue page is asked at once, beside the workspace's info
      // (the whole open queue names no agent, so it needs none of it), and
      // the matrix's counts once that page is in: the window shows the
      // cases to answer first (cold start is measured to that paint).
      const first = queue.setView(ALL_OPEN);
      if (await desk.load()) {
        await first;
        void desk.refreshCounts();
      }
    } finally {
      reloading = null;
    }
  })();
  return reloading;
}
