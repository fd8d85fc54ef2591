import { describe, expect, it } from 'vitest';
import { NOTHING, mergePlans, planRefresh } from './live';

describe('planRefresh', () => {
  it('does nothing for an empty batch', () => {
    expect(planRefresh([], 7)).toEqual(NOTHING);
  });

  it('refreshes counts and queue for any change, the open case only when it changed', () => {
    expect(planRefresh([{ kind: 'case', id: 3, community: 1 }], 7)).toEqual({
      workspace: false,
      counts: true,
      queue: true,
      openCase: false,
    });
    expect(planRefresh([{ kind: 'case', id: 3, community: 1 }, { kind: 'case', id: 7, community: 2 }], 7).openCase).toBe(true);
    expect(planRefresh([{ kind: 'community', id: 1 }], 7).openCase).toBe(false);
  });

  it('reloads the workspace info and the open case when the workspace changed', () => {
    expect(planRefresh([{ kind: 'workspace' }], 7)).toEqual({ workspace: true, counts: true, queue: true, openCase: true });
    expect(planRefresh([{ kind: 'workspace' }], null).openCase).toBe(false);
  });
});

describe('mergePlans', () => {
  it('asks for what either plan asked for', () => {
    const a = { workspace: false, counts: true, queue: false, openCase: false };
    const b = { workspace: false, counts: false, queue: true, openCase: true };
    expect(mergePlans(a, b)).toEqual({ workspace: false, counts: true, queue: true, openCase: true });
  });
});
