// The queue: which cases the middle pane lists, fetched a page of 100 at a
// time as rows scroll into view, so a 10 000-case crisis queue costs what
// fits on screen. Pages are raw state (never deeply proxied) and replaced
// whole. A generation number discards answers to an older filter. On a
// change event only the visible pages are refetched; the others are dropped
// and fetched again if scrolled to. The selection follows its case across
// refreshes, since a reply or a new message moves cases in the order.
import type { ErrorPayload, QueueFilter, QueueRow } from './bindings';
import { desk } from './desk.svelte';
import { ALL_OPEN, PAGE_SIZE, toFilter, type QueueView } from './filter';
import { toErrorPayload, ipc } from './ipc';
import { clampIndex, pagesOf, type Range } from './virtual';
import { mark } from './startup-marks';

export { ALL_OPEN, PAGE_SIZE, type AssigneeChoice, type QueueView } from './filter';

class QueueState {
  view = $state.raw<QueueView>(ALL_OPEN);
  /** null until the first page of this view arrived. */
  total = $state<number | null>(null);
  pages = $state.raw<ReadonlyMap<number, QueueRow[]>>(new Map());
  error = $state.raw<ErrorPayload | null>(null);
  selected = $state(0);
  /** Set once any queue (even an empty one, or an error) was shown. */
  loadedOnce = $state(false);

  private selectedId: number | null = null;
  private range: Range = { start: 0, end: 1 };
  private generation = 0;
  private inflight = new Set<string>();

  row(index: number): QueueRow | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  get selectedRow(): QueueRow | undefined {
    return this.row(this.selected);
  }

  private filter(page: number): QueueFilter {
    return toFilter(this.view, desk.settings.agent_id, page);
  }

  /** Shows another queue: the first page at once (settled when it is in), the rest as it scrolls. */
  setView(next: Partial<QueueView>): Promise<void> {
    this.view = { ...this.view, ...next };
    return this.reload();
  }

  /** Forgets every page and starts over from the top; settled when the first page is in. */
  reload(): Promise<void> {
    this.generation++;
    this.inflight.clear();
    this.pages = new Map();
    this.total = null;
    this.error = null;
    this.selected = 0;
    this.selectedId = null;
    this.range = { start: 0, end: 1 };
    return this.fetchPage(0);
  }

  /** The virtual list reports what it shows; missing pages of it are fetched. */
  setRange(range: Range): void {
    this.range = range;
    for (const page of pagesOf(range, PAGE_SIZE)) {
      if (!this.pages.has(page)) void this.fetchPage(page);
    }
  }

  private async fetchPage(page: number): Promise<void> {
    const generation = this.generation;
    const key = `${generation}:${page}`;
    if (this.inflight.has(key)) return;
    this.inflight.add(key);
    try {
      mark('queue-asked');
      const result = await ipc.queue(this.filter(page));
      mark('queue-answered');
      if (generation !== this.generation) return;
      const pages = new Map(this.pages);
      pages.set(page, result.rows);
      this.pages = pages;
      this.total = result.total;
      this.error = null;
    } catch (e) {
      if (generation === this.generation) this.error = toErrorPayload(e);
    } finally {
      this.inflight.delete(key);
      if (generation === this.generation) this.loadedOnce = true;
    }
  }

  /** Refetches the pages on screen (page 0 at least) in one swap; drops the others. */
  async refresh(): Promise<void> {
    const generation = this.generation;
    const wanted = pagesOf(this.range, PAGE_SIZE);
    if (!wanted.includes(0) && this.pages.size === 0) wanted.unshift(0);
    if (wanted.length === 0) wanted.push(0);
    try {
      const results = await Promise.all(wanted.map((p) => ipc.queue(this.filter(p))));
      if (generation !== this.generation) return;
      const pages = new Map<number, QueueRow[]>();
      wanted.forEach((p, i) => pages.set(p, results[i].rows));
      this.pages = pages;
      this.total = results[results.length - 1].total;
      this.error = null;
      this.followSelection();
    } catch (e) {
      if (generation === this.generation) this.error = toErrorPayload(e);
    }
  }

  /** Keeps the selection on its case when that case moved; else on the same place. */
  private followSelection(): void {
    if (this.selectedId !== null) {
      for (const [page, rows] of this.pages) {
        const at = rows.findIndex((r) => r.id === this.selectedId);
        if (at >= 0) {
          this.selected = page * PAGE_SIZE + at;
          return;
        }
      }
    }
    this.select(this.selected);
  }

  select(index: number): void {
    this.selected = clampIndex(index, this.total ?? 0);
    this.selectedId = this.row(this.selected)?.id ?? null;
  }

  move(delta: number): void {
    this.select(this.selected + delta);
  }

  /** Selects the row of `caseId` when it is loaded (after opening a case by other means). */
  selectCase(caseId: number): void {
    for (const [page, rows] of this.pages) {
      const at = rows.findIndex((r) => r.id === caseId);
      if (at >= 0) {
        this.select(page * PAGE_SIZE + at);
        return;
      }
    }
  }
}

export const queue = new QueueState();
