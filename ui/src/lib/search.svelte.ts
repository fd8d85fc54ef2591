// Full-text search over messages. While hits are shown they replace the
// queue in the middle pane and j/k/Enter move through them; Esc brings the
// queue back exactly as it was (its pages and selection are untouched).
import type { ErrorPayload, SearchHit } from './bindings';
import { ipc, toErrorPayload } from './ipc';
import { clampIndex } from './virtual';

export const SEARCH_LIMIT = 50;

class SearchState {
  text = $state('');
  /** null: the queue is shown, not hits. */
  hits = $state.raw<SearchHit[] | null>(null);
  loading = $state(false);
  error = $state.raw<ErrorPayload | null>(null);
  selected = $state(0);

  private generation = 0;

  get active(): boolean {
    return this.hits !== null || this.loading || this.error !== null;
  }

  async run(): Promise<void> {
    const text = this.text.trim();
    if (!text) {
      this.close();
      return;
    }
    const generation = ++this.generation;
    this.loading = true;
    this.error = null;
    try {
      const hits = await ipc.search(text, SEARCH_LIMIT);
      if (generation !== this.generation) return;
      this.hits = hits;
      this.selected = 0;
    } catch (e) {
      if (generation === this.generation) this.error = toErrorPayload(e);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  move(delta: number): void {
    this.selected = clampIndex(this.selected + delta, this.hits?.length ?? 0);
  }

  get selectedHit(): SearchHit | undefined {
    return this.hits?.[this.selected];
  }

  close(): void {
    this.generation++;
    this.hits = null;
    this.loading = false;
    this.error = null;
    this.selected = 0;
  }
}

export const search = new SearchState();
