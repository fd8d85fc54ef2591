// The few desk rules the window needs to decide what to show, mirrored from
// crates/domain (lifecycle.rs `can_transition`, sla.rs `active`/`state`). The
// backend stays the judge: a button enabled here may still be refused, and
// the refusal is shown. Mirroring lets an SLA colour turn amber or red on the
// 30-second tick without a round trip.
import type { CaseStatus, SlaClocks, SlaState } from './bindings';

export const STATUSES: readonly CaseStatus[] = [
  'new',
  'open',
  'waiting_customer',
  'waiting_expert',
  'resolved',
];

/** Whether an agent may move a case from `from` to `to` (lifecycle.rs). */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  switch (to) {
    case 'open':
      return from === 'new' || from === 'waiting_customer' || from === 'waiting_expert' || from === 'resolved';
    case 'waiting_customer':
      return from === 'new' || from === 'open' || from === 'waiting_expert';
    case 'waiting_expert':
      return from === 'new' || from === 'open' || from === 'waiting_customer';
    case 'resolved':
      return from !== 'resolved';
    case 'new':
      return false;
  }
}

/** `status-waiting-customer` for `waiting_customer`: the app.ftl key of a status. */
export function statusKey(status: CaseStatus): string {
  return 'status-' + status.replace(/_/g, '-');
}

/** `sla-at-risk` for `at_risk`. */
export function slaKey(state: SlaState): string {
  return 'sla-' + state.replace(/_/g, '-');
}

export interface Clock {
  risk: string;
  due: string;
}

/** The clock that runs for a case in `status`: first response until the first reply, then resolution. */
export function activeClock(sla: SlaClocks, status: CaseStatus): Clock | null {
  if (status === 'resolved') return null;
  if (sla.first_response_at === null) {
    return { risk: sla.first_response_risk, due: sla.first_response_due };
  }
  if (sla.paused_since === null && sla.resolution_risk !== null && sla.resolution_due !== null) {
    return { risk: sla.resolution_risk, due: sla.resolution_due };
  }
  return null;
}

function stateOf(clock: Clock, now: number): SlaState {
  if (now >= Date.parse(clock.due)) return 'breached';
  if (now >= Date.parse(clock.risk)) return 'at_risk';
  return 'on_track';
}

/** The colour of a case at `now`: reaching the at-risk time makes it at risk, the due time breached. */
export function slaStateAt(sla: SlaClocks, status: CaseStatus, now: number): SlaState {
  return clockStateAt(activeClock(sla, status), status, now);
}

/** The colour at `now` of a case in `status` whose running clock is `clock` (a queue row's `risk_at`/`due_at`). */
export function clockStateAt(clock: Clock | null, status: CaseStatus, now: number): SlaState {
  if (status === 'resolved') return 'done';
  return clock ? stateOf(clock, now) : 'paused';
}

/** A queue row's running clock, from the times the store keeps for its order. */
export function rowClock(row: { risk_at: string | null; due_at: string | null }): Clock | null {
  return row.risk_at !== null && row.due_at !== null ? { risk: row.risk_at, due: row.due_at } : null;
}

export interface ClockView {
  /** Due time, when the clock has one. */
  due: string | null;
  state: SlaState;
  /** When the clock stopped for good (first reply), if it did. */
  metAt: string | null;
}

/** Both clocks of a case, each with its own state, for the case view. */
export function clockViews(
  sla: SlaClocks,
  status: CaseStatus,
  now: number,
): { firstResponse: ClockView; resolution: ClockView } {
  const fr = sla.first_response_at;
  const firstResponse: ClockView =
    fr !== null
      ? { due: sla.first_response_due, state: 'done', metAt: fr }
      : status === 'resolved'
        ? { due: sla.first_response_due, state: 'done', metAt: null }
        : {
            due: sla.first_response_due,
            state: stateOf({ risk: sla.first_response_risk, due: sla.first_response_due }, now),
            metAt: null,
          };
  let resolution: ClockView;
  if (status === 'resolved') {
    resolution = { due: sla.resolution_due, state: 'done', metAt: null };
  } else if (sla.paused_since !== null || sla.resolution_due === null || sla.resolution_risk === null) {
    resolution = { due: null, state: 'paused', metAt: null };
  } else {
    resolution = {
      due: sla.resolution_due,
      state: stateOf({ risk: sla.resolution_risk, due: sla.resolution_due }, now),
      metAt: null,
    };
  }
  return { firstResponse, resolution };
}
