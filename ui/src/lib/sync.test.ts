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
// The language is applied to the page's document.
Object.assign(globalThis, { document: { documentElement: {}, title: '' } });

const { reloadAll } = await import('./sync');
const { queue } = await import('./queue.svelte');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('opening the window', () => {
  it('asks the first queue page beside the workspace and the counts once that page is in', async () => {
    const opened = reloadAll();
    await settle();
    expect(asked).toEqual(['queue', 'workspace']);
    answers.get('workspace')?.({
      url: 'sqlite:demo.db',
      backend: 'sqlite',
      agents: [],
      login_agent: null,
      helper_until: null,
      settings: { language: 'en', agent_id: null, database: null },
    });
    await settle();
    expect(asked).not.toContain('community_counts');
    const { desk } = await import('./desk.svelte');
    expect(desk.status, 'laid out while the page is on its way').toBe('ready');
    answers.get('queue')?.({ rows: [], total: 0, offset: 0 });
    await opened;
    expect(desk.status).toBe('ready');
    await settle();
    expect(queue.loadedOnce).toBe(true);
    expect(asked).toEqual(['queue', 'workspace', 'community_counts']);
  });
});
