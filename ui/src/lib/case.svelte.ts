// The case on the right. Opening another case drops the old view at once
// (no stale thread under a new header); refreshing the same case keeps the
// view on screen until the new one arrives, so live updates never flash. A
// generation number makes the last opened case win when answers cross.
import type { Case, CaseId, CaseView, ErrorPayload } from './bindings';
import { ipc, toErrorPayload } from './ipc';

class OpenCaseState {
  id = $state<CaseId | null>(null);
  view = $state.raw<CaseView | null>(null);
  loading = $state(false);
  error = $state.raw<ErrorPayload | null>(null);

  private generation = 0;

  async open(id: CaseId): Promise<void> {
    if (id === this.id && this.view) return this.refresh();
    this.id = id;
    this.view = null;
    this.error = null;
    await this.fetch();
  }

  async refresh(): Promise<void> {
    if (this.id !== null) await this.fetch();
  }

  private async fetch(): Promise<void> {
    const generation = ++this.generation;
    const id = this.id;
    if (id === null) return;
    this.loading = true;
    try {
      const view = await ipc.openCase(id);
      if (generation !== this.generation) return;
      this.view = view;
      this.error = null;
    } catch (e) {
      if (generation === this.generation) this.error = toErrorPayload(e);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  /** Shows what an action returned right away; the refetch that follows fills in the thread. */
  apply(next: Case): void {
    if (this.view && this.view.id === next.id) this.view = { ...this.view, ...next };
  }

  close(): void {
    this.generation++;
    this.id = null;
    this.view = null;
    this.error = null;
    this.loading = false;
  }
}

export const openCase = new OpenCaseState();
