import { describe, expect, it } from 'vitest';
import type { CaseStatus, SlaClocks } from './bindings';
import {
  STATUSES,
  activeClock,
  canTransition,
  clockStateAt,
  clockViews,
  rowClock,
  slaKey,
  slaStateAt,
  statusKey,
} from './rules';

const T0 = Date.parse('2025-03-04T08:00:00Z');
const iso = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function clocks(extra: Partial<SlaClocks> = {}): SlaClocks {
  return {
    started_at: iso(0),
    first_response_due: iso(60),
    first_response_risk: iso(45),
    first_response_at: null,
    resolution_paused_secs: 0,
    paused_since: null,
    resolution_due: iso(24 * 60),
    resolution_risk: iso(18 * 60),
    ...extra,
  };
}

describe('canTransition (mirrors crates/domain lifecycle.rs)', () => {
  it('allows exactly the moves of the state machine', () => {
    const allowed: [CaseStatus, CaseStatus][] = [
      ['new', 'open'],
      ['waiting_customer', 'open'],
      ['waiting_expert', 'open'],
      ['resolved', 'open'],
      ['new', 'waiting_customer'],
      ['open', 'waiting_customer'],
      ['waiting_expert', 'waiting_customer'],
      ['new', 'waiting_expert'],
      ['open', 'waiting_expert'],
      ['waiting_customer', 'waiting_expert'],
      ['new', 'resolved'],
      ['open', 'resolved'],
      ['waiting_customer', 'resolved'],
      ['waiting_expert', 'resolved'],
    ];
    const key = (a: CaseStatus, b: CaseStatus) => `${a}>${b}`;
    const expected = new Set(allowed.map(([a, b]) => key(a, b)));
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        expect(canTransition(from, to), key(from, to)).toBe(expected.has(key(from, to)));
      }
    }
  });
});

describe('slaStateAt (mirrors sla.rs)', () => {
  it('runs the first-response clock until the first reply', () => {
    expect(slaStateAt(clocks(), 'new', T0 + 10 * 60_000)).toBe('on_track');
    expect(slaStateAt(clocks(), 'new', T0 + 45 * 60_000)).toBe('at_risk');
    expect(slaStateAt(clocks(), 'new', T0 + 60 * 60_000)).toBe('breached');
  });

  it('then runs the resolution clock, paused while waiting for the customer', () => {
    const replied = clocks({ first_response_at: iso(20) });
    expect(activeClock(replied, 'open')?.due).toBe(iso(24 * 60));
    expect(slaStateAt(replied, 'open', T0 + 120 * 60_000)).toBe('on_track');
    const paused = clocks({ first_response_at: iso(20), paused_since: iso(30), resolution_due: null, resolution_risk: null });
    expect(slaStateAt(paused, 'waiting_customer', T0 + 30 * 60 * 60_000)).toBe('paused');
  });

  it('is done once resolved', () => {
    expect(slaStateAt(clocks(), 'resolved', T0 + 999 * 60 * 60_000)).toBe('done');
  });
});

describe("a queue row's clock", () => {
  it('colours a row from the running clock the store keeps with it', () => {
    const row = { risk_at: iso(45), due_at: iso(60) };
    expect(clockStateAt(rowClock(row), 'new', T0 + 10 * 60_000)).toBe('on_track');
    expect(clockStateAt(rowClock(row), 'open', T0 + 45 * 60_000)).toBe('at_risk');
    expect(clockStateAt(rowClock(row), 'open', T0 + 60 * 60_000)).toBe('breached');
  });

  it('is paused without a running clock and done once resolved', () => {
    expect(rowClock({ risk_at: null, due_at: null })).toBeNull();
    expect(clockStateAt(null, 'waiting_customer', T0)).toBe('paused');
    expect(clockStateAt(rowClock({ risk_at: iso(45), due_at: iso(60) }), 'resolved', T0)).toBe('done');
  });
});

describe('clockViews', () => {
  it('shows both clocks with their own states', () => {
    const v = clockViews(clocks(), 'new', T0 + 50 * 60_000);
    expect(v.firstResponse).toEqual({ due: iso(60), state: 'at_risk', metAt: null });
    expect(v.resolution).toEqual({ due: iso(24 * 60), state: 'on_track', metAt: null });
  });

  it('marks the first response met when we replied, and resolution paused while waiting', () => {
    const c = clocks({ first_response_at: iso(20), paused_since: iso(30), resolution_due: null, resolution_risk: null });
    const v = clockViews(c, 'waiting_customer', T0 + 40 * 60_000);
    expect(v.firstResponse).toEqual({ due: iso(60), state: 'done', metAt: iso(20) });
    expect(v.resolution.state).toBe('paused');
  });
});

describe('keys of statuses and states', () => {
  it('are the app.ftl keys', () => {
    expect(statusKey('waiting_customer')).toBe('status-waiting-customer');
    expect(slaKey('on_track')).toBe('sla-on-track');
  });
});
