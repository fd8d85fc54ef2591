// Who else is on which case, and who is online. The window beats every
// 10 s — on the open case ("viewing", or "typing" while its composer gets
// keystrokes) or, with no case open, just "online" — and beats at once when
// the open case changes or typing starts. It polls the board every 1.5 s
// while it is visible, so a colleague shows up within 2 s. The desk decides
// what is fresh (30 s) and what is typing (5 s) and leaves "me" out.
// Presence is best-effort: a failed beat or poll shows no error banner (the
// next one tries again; without "me" there is nothing to beat as), and the
// board keeps its last answer.
import type { CaseId, OnlineAgent, PresenceKind, PresenceRow } from './bindings';
import { ipc } from './ipc';

export const BEAT_MS = 10_000;
export const POLL_MS = 1_500;
/** Typing counts this long after a keystroke (the desk's rule too). */
export const TYPING_MS = 5_000;
/** At most one typing beat this often while keys come in. */
export const TYPING_BEAT_MS = 2_000;

/** The board's rows grouped by case. */
export function byCase(rows: PresenceRow[]): Map<number, PresenceRow[]> {
  const map = new Map<number, PresenceRow[]>();
  for (const r of rows) {
    const key = Number(r.case_id);
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

/** The kind of beat to send `now`, given the last keystroke. */
export function beatKind(typedAt: number, now: number): PresenceKind {
  return typedAt > 0 && now - typedAt < TYPING_MS ? 'typing' : 'viewing';
}

const ignore = () => undefined;

class PresenceState {
  cases = $state.raw<Map<number, PresenceRow[]>>(new Map());
  online = $state.raw<OnlineAgent[]>([]);

  private caseId: CaseId | null = null;
  private typedAt = 0;
  private lastTypingBeat = 0;
  private polling = false;
  private generation = 0;

  /** Colleagues on the case, by initials. */
  on(caseId: CaseId): PresenceRow[] {
    return this.cases.get(Number(caseId)) ?? [];
  }

  /** The open case changed (null: none open). */
  openCase(id: CaseId | null): void {
    if (id === this.caseId) return;
    const left = this.caseId;
    this.caseId = id;
    this.typedAt = 0;
    if (left !== null) ipc.leaveCase(left).catch(ignore);
    void this.beat();
  }

  /** A keystroke in the open case's composer. */
  typed(): void {
    const now = Date.now();
    this.typedAt = now;
    if (now - this.lastTypingBeat >= TYPING_BEAT_MS) void this.beat();
  }

  private async beat(): Promise<void> {
    const now = Date.now();
    const kind = beatKind(this.typedAt, now);
    if (kind === 'typing') this.lastTypingBeat = now;
    await ipc.heartbeat(this.caseId, kind).catch(ignore);
  }

  async poll(): Promise<void> {
    if (this.polling || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) return;
    this.polling = true;
    const generation = ++this.generation;
    try {
      const board = await ipc.presenceBoard();
      if (generation !== this.generation) return;
      this.cases = byCase(board.cases);
      this.online = board.online;
    } catch {
      // Kept as it was; the next poll tries again.
    } finally {
      this.polling = false;
    }
  }

  /** Starts beating and polling; returns the stop function. */
  start(): () => void {
    const beats = setInterval(() => void this.beat(), BEAT_MS);
    const polls = setInterval(() => void this.poll(), POLL_MS);
    const leave = () => {
      if (this.caseId !== null) ipc.leaveCase(this.caseId).catch(ignore);
    };
    window.addEventListener('pagehide', leave);
    void this.beat();
    void this.poll();
    return () => {
      clearInterval(beats);
      clearInterval(polls);
      window.removeEventListener('pagehide', leave);
      this.generation++;
    };
  }
}

export const presence = new PresenceState();
