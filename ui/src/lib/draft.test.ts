import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSaver, type DraftState } from './draft';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function saver() {
  const saved: string[] = [];
  const states: DraftState[] = [];
  const s = new DraftSaver(
    async (body) => {
      saved.push(body);
    },
    (state) => states.push(state),
    400,
  );
  return { s, saved, states };
}

describe('DraftSaver', () => {
  it('saves once typing pauses for 400 ms, with the latest text', async () => {
    const { s, saved } = saver();
    s.schedule('H');
    await vi.advanceTimersByTimeAsync(200);
    s.schedule('He');
    await vi.advanceTimersByTimeAsync(200);
    s.schedule('Hello');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['Hello']);
  });

  it('saves at once on flush (leaving the case)', async () => {
    const { s, saved, states } = saver();
    s.schedule('Bonjour');
    await s.flush();
    expect(saved).toEqual(['Bonjour']);
    expect(states.at(-1)).toBe('saved');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['Bonjour']);
  });

  it('drops what waits on cancel (the reply was recorded)', async () => {
    const { s, saved } = saver();
    s.schedule('Sent already');
    await s.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
    expect(s.hasPending).toBe(false);
  });

  it('keeps saves in order even when one is slow', async () => {
    const saved: string[] = [];
    const s = new DraftSaver(
      (body) => new Promise((resolve) => setTimeout(() => resolve(saved.push(body)), body === 'old' ? 300 : 10)),
      () => {},
      400,
    );
    s.schedule('old');
    const first = s.flush();
    s.schedule('new');
    const second = s.flush();
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all([first, second]);
    expect(saved).toEqual(['old', 'new']);
  });

  it('reports a failed save', async () => {
    const states: DraftState[] = [];
    const s = new DraftSaver(() => Promise.reject(new Error('disk full')), (st) => states.push(st), 400);
    s.schedule('x');
    await s.flush();
    expect(states).toEqual(['pending', 'saving', 'failed']);
  });
});
