// Keyboard-first triage (Gmail, Superhuman, Linear): single keys act on the
// queue and the open case, Ctrl/Cmd combinations work everywhere. A single
// key never fires while the person is typing in a field, and Enter on a
// focused button or link keeps its native meaning. This module only decides
// which binding a key press means; what the action does lives elsewhere,
// so the decision is testable with plain objects.
import type { Translate } from './time';

export interface Shortcut {
  /** `KeyboardEvent.key`: `j`, `Enter`, `/`, `?`, `Escape`, `k` with `mod`. */
  key: string;
  /** Cmd on macOS, Ctrl elsewhere. */
  mod?: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

export interface Binding<T> {
  shortcut: Shortcut;
  /** Whether it fires in a text field too; default: only modifier combinations and Escape do. */
  whileTyping?: boolean;
  action: T;
}

interface ElementLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether key presses on `target` are typing: text inputs, textareas, selects, editable content. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as ElementLike | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  switch (el.tagName.toUpperCase()) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return !NOT_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
    default:
      return false;
  }
}

/** Whether Enter or Space on `target` already means something (a button, a link). */
function activates(target: EventTarget | null): boolean {
  const el = target as ElementLike | null;
  const tag = el?.tagName?.toUpperCase();
  return tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || (tag === 'INPUT' && !isTyping(target));
}

export function matches(shortcut: Shortcut, e: KeyPress, mac: boolean): boolean {
  if (shortcut.mod) {
    const mod = mac ? e.metaKey : e.ctrlKey;
    const other = mac ? e.ctrlKey : e.metaKey;
    return mod && !other && !e.altKey && e.key.toLowerCase() === shortcut.key.toLowerCase();
  }
  // AltGr arrives as Ctrl+Alt on Windows; it types characters such as `/`.
  if (e.metaKey || (e.ctrlKey && !e.altKey)) return false;
  return e.key === shortcut.key;
}

/** The action a key press means, or null. */
export function dispatch<T>(e: KeyPress, bindings: readonly Binding<T>[], mac: boolean): T | null {
  const typing = isTyping(e.target);
  for (const b of bindings) {
    if (!matches(b.shortcut, e, mac)) continue;
    const whileTyping = b.whileTyping ?? (Boolean(b.shortcut.mod) || b.shortcut.key === 'Escape');
    if (typing && !whileTyping) continue;
    if (!b.shortcut.mod && (b.shortcut.key === 'Enter' || b.shortcut.key === ' ') && activates(e.target)) {
      continue;
    }
    return b.action;
  }
  return null;
}

/** How a shortcut is written for people: `⌘K` on a Mac, `Ctrl+K` (`Strg+K` in German) elsewhere. */
export function shortcutLabel(s: Shortcut, mac: boolean, t: Translate): string {
  const names: Record<string, string> = {
    Enter: mac ? '↩' : t('key-enter'),
    Escape: t('key-escape'),
    ' ': t('key-space'),
  };
  const key = names[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  if (!s.mod) return names[s.key] ?? s.key;
  return mac ? `⌘${key}` : `${t('key-ctrl')}+${key}`;
}

export function isMacPlatform(nav: { platform?: string; userAgent: string }): boolean {
  return /mac|iphone|ipad/i.test(nav.platform || nav.userAgent);
}
