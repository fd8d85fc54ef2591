// Full-text search over messages, within what the queue's filters show
// (community, brand, locale, status, assignee: issue 18). While hits are
// shown they replace the queue in the middle pane and j/k/Enter move
// through them; Esc brings the queue back exactly as it was (its pages and
// selection are untouched). It searches as the person types, a moment after
// the last key; Enter searches at once.
import type { AgentId, CaseStatus, ErrorPayload, SearchFilter, SearchHit } from './bindings';
import { desk } from './desk.svelte';
import { assigneeFilter, type QueueView } from './filter';
import { ipc, toErrorPayload } from './ipc';
import { queue } from './queue.svelte';
import { STATUSES } from './rules';
import { clampIndex } from './virtual';

export const SEARCH_LIMIT = 50;
/** How long after the last key a search starts by itself. */
export const TYPING_PAUSE_MS = 250;

const OPEN_STATUSES: CaseStatus[] = STATUSES.filter((s) => s !== 'resolved');

/**
 * The search within `view` as the queue shows it: "all open statuses" is
 * the open ones; `everyStatus` widens it to resolved cases too.
 */
export function searchFilter(view: QueueView, me: AgentId | null, everyStatus: boolean): SearchFilter {
  return {
    community: view.community,
    brand: view.brand,
    locale: view.locale,
    statuses: everyStatus ? [] : view.status ? [view.status] : OPEN_STATUSES,
    assignee: assigneeFilter(view.assignee, me),
  };
}

class SearchState {
  text = $state('');
  /** null: the queue is shown, not hits. */
  hits = $state.raw<SearchHit[] | null>(null);
  /** The text the hits were found for (what is highlighted). */
  searched = $state('');
  loading = $state(false);
  error = $state.raw<ErrorPayload | null>(null);
  selected = $state(0);
  /** Resolved cases too, whatever the status filter says. */
  everyStatus = $state(false);

  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The filters the queue shows now. */
  private within(): SearchFilter {
    return searchFilter(queue.view, desk.settings.agent_id, this.everyStatus);
  }

  get active(): boolean {
    return this.hits !== null || this.loading || this.error !== null;
  }

  /** The person typed: search once they pause. */
  typed(): void {
    this.cancelTimer();
    if (!this.text.trim()) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, TYPING_PAUSE_MS);
  }

  async run(): Promise<void> {
    this.cancelTimer();
    const text = this.text.trim();
    if (!text) {
      this.close();
      return;
    }
    const generation = ++this.generation;
    this.loading = true;
    this.error = null;
    try {
      const hits = await ipc.search(text, this.within(), SEARCH_LIMIT);
      if (generation !== this.generation) return;
      this.hits = hits;
      this.searched = text;
      this.selected = 0;
    } catch (e) {
      if (generation === this.generation) this.error = toErrorPayload(e);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  /** Searches again when the filters change under shown hits. */
  refilter(): void {
    if (this.active && this.text.trim()) void this.run();
  }

  move(delta: number): void {
    this.selected = clampIndex(this.selected + delta, this.hits?.length ?? 0);
  }

  get selectedHit(): SearchHit | undefined {
    return this.hits?.[this.selected];
  }

  close(): void {
    this.cancelTimer();
    this.generation++;
    this.hits = null;
    this.searched = '';
    this.loading = false;
    this.error = null;
    this.selected = 0;
    this.everyStatus = false;
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

export const search = new SearchState();
