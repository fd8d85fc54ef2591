// The pure side of handoffs in the window: why an expert is suggested, as
// key and arguments the UI language turns into words; the due time as the
// form shows and sends it (local `datetime-local` text ↔ UTC ISO); and
// which actions a handoff offers in its state.
import type { Handoff, HandoffState, Reason } from './bindings';
import type { Args } from './i18n';

export interface Phrase {
  key: string;
  args: Args;
  /** Counts for the expert (green) or against (grey). */
  good: boolean;
}

/** One reason of a suggestion as a localizable phrase (keys shared with the CLI). */
export function reasonPhrase(r: Reason): Phrase {
  switch (r.kind) {
    case 'topic':
      return { key: 'reason-topic', args: { topic: r.topic }, good: true };
    case 'keyword':
      return { key: 'reason-keyword', args: { keyword: r.keyword, topic: r.topic }, good: true };
    case 'customer_language':
      return { key: 'reason-customer-language', args: { language: r.language }, good: true };
    case 'agent_language':
      return { key: 'reason-agent-language', args: { language: r.language }, good: true };
    case 'available_now':
      return { key: 'reason-available-now', args: { time: r.local_time }, good: true };
    case 'off_hours':
      return { key: 'reason-off-hours', args: { time: r.local_time }, good: false };
    case 'away':
      return { key: 'reason-away', args: {}, good: false };
    case 'out_until':
      return { key: 'reason-out-until', args: { date: r.date }, good: false };
    case 'load':
      return { key: 'reason-load', args: { open: r.open }, good: r.open === 0 };
    case 'answer_speed':
      return { key: 'reason-answer-speed', args: { minutes: r.median_minutes }, good: r.median_minutes <= 60 };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A UTC instant as the value of an `<input type="datetime-local">` on this machine's clock. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of a `datetime-local` input (local clock) as a UTC ISO instant; null when empty or malformed. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export interface HandoffActions {
  answer: boolean;
  decline: boolean;
  email: boolean;
  insert: boolean;
}

/** What can be done with a handoff: an open one is answered, declined or e-mailed; an answered one goes into the draft. */
export function actionsFor(h: Pick<Handoff, 'state' | 'answer'>): HandoffActions {
  const open = h.state === 'requested';
  return { answer: open, decline: open, email: open, insert: h.state === 'answered' && !!h.answer };
}

export const OPEN_STATE: HandoffState = 'requested';
