import { describe, expect, it, vi } from 'vitest';

// Each shell command waits until the test answers it.
const asked: string[] = [];
const answers = new Map<string, (value: unknown) => void>();
vi.mock('@tauri-apps/api/core', () => ({
  invoke: (command: string) => {
    asked.push(command);
    return new Promise((resolve) => answers.set(command, resolve));
  },
}));
vi.mock('@tauri-apps/api/event', () => ({ listen: vi.fn() }));
Object.assign(globalThis, { document: { documentElement: {}, title: '' } });

const { askFirstScreen } = await import('./first-screen');
const { reloadAll } = await import('./sync');
const { queue } = await import('./queue.svelte');
const { desk } = await import('./desk.svelte');
const { ipc, askEarly } = await import('./ipc');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const row = { id: 7, subject: 'Koffer weg' };

describe('the first screen asked as the script starts', () => {
  it('is asked once: the window takes those answers instead of asking again', async () => {
    askFirstScreen();
    expect(asked).toEqual(['workspace', 'queue']);
    // The shell answers while the window is still mounting.
    answers.get('workspace')?.({
      url: 'sqlite:demo.db',
      backend: 'sqlite',
      agents: [],
      login_agent: null,
      helper_until: null,
      settings: { language: 'en', agent_id: null, database: null },
    });
    answers.get('queue')?.({ rows: [row], total: 1, offset: 0 });
    await reloadAll();
    await settle();
    expect(asked.slice(0, 3)).toEqual(['workspace', 'queue', 'community_counts']);
    expect(desk.status).toBe('ready');
    expect(queue.total).toBe(1);
    expect(queue.row(0)).toEqual(row);
  });

  it('answers each early question once: asked again, the shell is asked again', async () => {
    asked.length = 0;
    void ipc.workspace();
    expect(asked).toEqual(['workspace']);
  });

  it('does not keep an early answer the window did not take in time', async () => {
    vi.useFakeTimers();
    try {
      askEarly('presence_board');
      vi.advanceTimersByTime(11_000);
      asked.length = 0;
      void ipc.presenceBoard();
      expect(asked, 'asked again, not the stale answer').toEqual(['presence_board']);
    } finally {
      vi.useRealTimers();
    }
  });
});
