import { describe, expect, it } from 'vitest';
import { Catalog, type Args } from './i18n';
import { ALL_SOURCES } from './all-sources';
import { dispatch, isMacPlatform, isTyping, shortcutLabel, type Binding, type KeyPress } from './keys';

const bindings: Binding<string>[] = [
  { shortcut: { key: 'j' }, action: 'next' },
  { shortcut: { key: 'Enter' }, action: 'open' },
  { shortcut: { key: '?' }, action: 'help' },
  { shortcut: { key: 'k', mod: true }, action: 'palette' },
  { shortcut: { key: 'k' }, action: 'previous' },
  { shortcut: { key: 'Escape' }, action: 'escape' },
];

const body = { tagName: 'BODY' } as unknown as EventTarget;
const field = (tagName: string, type?: string) => ({ tagName, type }) as unknown as EventTarget;

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, target: body, ...extra };
}

describe('dispatch', () => {
  it('maps single keys to their action', () => {
    expect(dispatch(press('j'), bindings, false)).toBe('next');
    expect(dispatch(press('k'), bindings, false)).toBe('previous');
    expect(dispatch(press('?'), bindings, false)).toBe('help');
    expect(dispatch(press('x'), bindings, false)).toBeNull();
  });

  it('ignores single keys while typing in an input, a textarea or a select', () => {
    for (const target of [field('INPUT', 'text'), field('INPUT', 'search'), field('TEXTAREA'), field('SELECT')]) {
      expect(dispatch(press('j', { target }), bindings, false)).toBeNull();
    }
    const editable = { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget;
    expect(dispatch(press('j', { target: editable }), bindings, false)).toBeNull();
  });

  it('still takes modifier combinations and Escape while typing', () => {
    const target = field('TEXTAREA');
    expect(dispatch(press('k', { ctrlKey: true, target }), bindings, false)).toBe('palette');
    expect(dispatch(press('Escape', { target }), bindings, false)).toBe('escape');
  });

  it('uses Cmd on macOS and Ctrl elsewhere', () => {
    expect(dispatch(press('k', { metaKey: true }), bindings, true)).toBe('palette');
    expect(dispatch(press('k', { ctrlKey: true }), bindings, true)).toBeNull();
    expect(dispatch(press('K', { ctrlKey: true }), bindings, false)).toBe('palette');
  });

  it('does not take a key pressed with Ctrl or Cmd as the plain key', () => {
    expect(dispatch(press('j', { ctrlKey: true }), bindings, false)).toBeNull();
    expect(dispatch(press('j', { metaKey: true }), bindings, true)).toBeNull();
  });

  it('leaves Enter to a focused button or link', () => {
    expect(dispatch(press('Enter', { target: field('BUTTON') }), bindings, false)).toBeNull();
    expect(dispatch(press('Enter', { target: field('A') }), bindings, false)).toBeNull();
    expect(dispatch(press('Enter'), bindings, false)).toBe('open');
  });

  it('accepts characters typed with AltGr (Ctrl+Alt on Windows)', () => {
    expect(dispatch(press('?', { ctrlKey: true, altKey: true }), bindings, false)).toBe('help');
  });
});

describe('isTyping', () => {
  it('is false for checkboxes, buttons and the page', () => {
    expect(isTyping(field('INPUT', 'checkbox'))).toBe(false);
    expect(isTyping(field('BUTTON'))).toBe(false);
    expect(isTyping(body)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});

describe('shortcutLabel', () => {
  const catalog = new Catalog(ALL_SOURCES);
  const en = (key: string, args?: Args) => catalog.format('en', key, args);
  const de = (key: string, args?: Args) => catalog.format('de', key, args);

  it('writes keys the way each platform and language does', () => {
    expect(shortcutLabel({ key: 'k', mod: true }, false, en)).toBe('Ctrl+K');
    expect(shortcutLabel({ key: 'k', mod: true }, false, de)).toBe('Strg+K');
    expect(shortcutLabel({ key: 'k', mod: true }, true, en)).toBe('⌘K');
    expect(shortcutLabel({ key: 'Enter', mod: true }, false, en)).toBe('Ctrl+Enter');
    expect(shortcutLabel({ key: 'Escape' }, false, en)).toBe('Esc');
    expect(shortcutLabel({ key: 'j' }, false, en)).toBe('j');
  });
});

describe('isMacPlatform', () => {
  it('recognises macOS from the platform or the user agent', () => {
    expect(isMacPlatform({ platform: 'MacIntel', userAgent: '' })).toBe(true);
    expect(isMacPlatform({ platform: '', userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
    expect(isMacPlatform({ platform: 'Linux x86_64', userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' })).toBe(false);
  });
});
