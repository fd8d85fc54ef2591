// Window-wide state that belongs to no pane: the 30-second clock that moves
// every countdown, which overlay is up, the error banner, the undo notice,
// and the "who are you?" prompt that an action waits on when no agent is
// chosen as "me". Small and flat on purpose: components read it directly.
import type { CaseId, Collision, ErrorPayload, PrivacyHold } from './bindings';
import { toErrorPayload } from './ipc';

export const TICK_MS = 30_000;
export const NOTICE_MS = 8_000;

export const clock = $state({ now: Date.now() });

/** Starts the countdown clock; returns its stop function. */
export function startClock(): () => void {
  clock.now = Date.now();
  const timer = setInterval(() => (clock.now = Date.now()), TICK_MS);
  return () => clearInterval(timer);
}

export type Overlay =
  | 'palette'
  | 'shortcuts'
  | 'agent'
  | 'handoff'
  | 'experts'
  | 'templates'
  | 'connect'
  | 'collision'
  | 'takeover'
  | 'crisis'
  | 'privacy'
  | 'reports'
  | 'clusters'
  | 'crisis-desk'
  | 'replies'
  | null;

/** A public reply the privacy guard held: what it found and the two ways on. */
export interface PrivacyAsk {
  caseId: CaseId;
  hold: PrivacyHold;
  removeIt: () => void;
  sendPrivately: () => void;
}

/** The crisis dialog: declare one (from a surging community, or by hand), or work on a running one's statement. */
export type CrisisAsk = { step: 'declare'; handle: string | null } | { step: 'statement'; crisisId: number };

/** A reply the desk held (a colleague replied, or the customer wrote): what to show and the two ways on. */
export interface HeldReply {
  caseId: CaseId;
  collision: Collision;
  sendAnyway: () => void;
  backToDraft: () => void;
}

/** A claim refused because a colleague holds the case: take it over? */
export interface TakeOverAsk {
  caseId: CaseId;
  holder: string;
  takeOver: () => void;
}

export interface Banner {
  error: ErrorPayload;
  retry: (() => void) | null;
}

export interface Notice {
  id: number;
  /** A function, so the notice follows a change of language while shown. */
  text: () => string;
  undo: (() => void) | null;
}

export const ui = $state({
  overlay: null as Overlay,
  banner: null as Banner | null,
  notice: null as Notice | null,
  /** What to do once the person has said who they are. */
  afterAgentChosen: null as (() => void) | null,
  noteOpen: false,
  /** The language the template picker offers (null: the case's). */
  templateLocale: null as string | null,
  collision: null as HeldReply | null,
  takeOver: null as TakeOverAsk | null,
  crisis: null as CrisisAsk | null,
  privacy: null as PrivacyAsk | null,
  /** The case header's topic field is open for editing. */
  topicEditing: false,
  /** The case header's tags field is open for editing. */
  tagsEditing: false,
  /** The cluster the Clusters view opens on (null: the largest). */
  clusterId: null as number | null,
});

/** How the window is laid out now (set by the panes as they measure themselves). */
export const layout = $state({
  /** Whether the case pane is wide enough for the case's facts beside its thread. */
  factsBesideThread: false,
});

/** Opens the crisis dialog. */
export function openCrisis(ask: CrisisAsk): void {
  ui.crisis = ask;
  ui.overlay = 'crisis';
}

export function showError(e: unknown, retry: (() => void) | null = null): void {
  ui.banner = { error: toErrorPayload(e), retry };
}

export function dismissError(): void {
  ui.banner = null;
}

let noticeSeq = 0;
let noticeTimer: ReturnType<typeof setTimeout> | undefined;

/** A short confirmation at the bottom, with Undo when the action can be undone. */
export function notify(text: () => string, undo: (() => void) | null = null): void {
  const id = ++noticeSeq;
  ui.notice = { id, text, undo };
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => {
    if (ui.notice?.id === id) ui.notice = null;
  }, NOTICE_MS);
}

export function clearNotice(): void {
  ui.notice = null;
}

/** Undo (z, or the notice's button): once, then the notice goes. */
export function undoLast(): void {
  const run = ui.notice?.undo;
  if (!run) return;
  ui.notice = null;
  run();
}

/** Asks who "me" is, then runs `then`. */
export function askForAgent(then: (() => void) | null): void {
  ui.afterAgentChosen = then;
  ui.overlay = 'agent';
}

/** Puts the keyboard focus on an element by id, after the DOM has caught up. */
export function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
