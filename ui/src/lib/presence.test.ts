import { describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));

const { beatKind, byCase, TYPING_MS } = await import('./presence.svelte');
import type { PresenceRow } from './bindings';

const row = (case_id: number, initials: string): PresenceRow => ({
  case_id,
  community_id: 1,
  agent_id: initials.charCodeAt(0),
  initials,
  name: initials,
  kind: 'viewing',
  seen_at: '2026-03-02T09:00:00Z',
});

describe('presence in the window', () => {
  it('groups the board by case, keeping the desk order within a case', () => {
    const map = byCase([row(3, 'MK'), row(3, 'SK'), row(7, 'AB')]);
    expect([...map.keys()]).toEqual([3, 7]);
    expect(map.get(3)?.map((r) => r.initials)).toEqual(['MK', 'SK']);
  });

  it('beats "typing" only within five seconds of a keystroke', () => {
    expect(beatKind(0, 1_000_000)).toBe('viewing');
    expect(beatKind(1_000_000, 1_000_000 + TYPING_MS - 1)).toBe('typing');
    expect(beatKind(1_000_000, 1_000_000 + TYPING_MS)).toBe('viewing');
  });
});
