import { describe, expect, it } from 'vitest';
import { ALL_OPEN, PAGE_SIZE, toFilter } from './filter';

describe('toFilter', () => {
  it('asks for every open case by urgency, one page of 100 at a time', () => {
    expect(toFilter(ALL_OPEN, null, 0)).toEqual({
      community: null,
      brand: null,
      locale: null,
      statuses: [],
      assignee: { kind: 'anyone' },
      limit: PAGE_SIZE,
      offset: 0,
    });
    expect(toFilter(ALL_OPEN, null, 3).offset).toBe(300);
  });

  it('narrows by community, status and assignee', () => {
    const f = toFilter({ ...ALL_OPEN, community: 4, status: 'waiting_expert', assignee: 'unassigned' }, 2, 0);
    expect(f.community).toBe(4);
    expect(f.statuses).toEqual(['waiting_expert']);
    expect(f.assignee).toEqual({ kind: 'unassigned' });
  });

  it('resolves "mine" to the agent chosen as me', () => {
    expect(toFilter({ ...ALL_OPEN, assignee: 'mine' }, 2, 0).assignee).toEqual({ kind: 'agent', agent: 2 });
    expect(toFilter({ ...ALL_OPEN, assignee: 5 }, 2, 0).assignee).toEqual({ kind: 'agent', agent: 5 });
  });
});
