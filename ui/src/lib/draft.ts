// Autosaving the reply being written. Saves wait until typing pauses
// (400 ms), run one after another so an older text can never land after a
// newer one, and can be flushed (switching case, closing the window) or
// cancelled (the reply was recorded: the backend has deleted the draft, and
// a late save must not bring it back).

export type DraftState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export const DRAFT_DELAY_MS = 400;

export class DraftSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: string | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly save: (body: string) => Promise<unknown>,
    private readonly onState: (state: DraftState, error?: unknown) => void = () => {},
    private readonly delay: number = DRAFT_DELAY_MS,
  ) {}

  /** The text changed: save it once typing pauses. */
  schedule(body: string): void {
    this.pending = body;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delay);
    this.onState('pending');
  }

  /** Saves what waits now; resolves when every save so far is done. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending !== null) {
      const body = this.pending;
      this.pending = null;
      this.chain = this.chain.then(async () => {
        this.onState('saving');
        try {
          await this.save(body);
          if (this.pending === null) this.onState('saved');
        } catch (e) {
          this.onState('failed', e);
        }
      });
    }
    return this.chain;
  }

  /** Drops what waits; resolves when the saves already started are done. */
  cancel(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = null;
    return this.chain;
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }
}
