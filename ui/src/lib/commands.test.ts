import { describe, expect, it } from 'vitest';
import { bindings, commands } from './commands';
import { dispatch, shortcutLabel, type KeyPress } from './keys';

const list = commands();
const body = { tagName: 'BODY' } as unknown as EventTarget;
const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: body,
  ...extra,
});

describe('the command list', () => {
  it('has unique ids and unique shortcuts', () => {
    const ids = list.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = list.filter((c) => c.shortcut).map((c) => shortcutLabel(c.shortcut!, false, (k) => k));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has the triage keys of the design: j, k, Enter, e, a, /, ?, Ctrl+K', () => {
    const b = bindings(list);
    const id = (p: KeyPress) => dispatch(p, b, false)?.id;
    expect(id(press('j'))).toBe('queue-next');
    expect(id(press('k'))).toBe('queue-previous');
    expect(id(press('Enter'))).toBe('case-open');
    expect(id(press('e'))).toBe('case-resolve');
    expect(id(press('a'))).toBe('case-assign-me');
    expect(id(press('/'))).toBe('search');
    expect(id(press('?'))).toBe('shortcuts');
    expect(id(press('k', { ctrlKey: true }))).toBe('palette');
    expect(id(press('Enter', { ctrlKey: true }))).toBe('case-send');
  });

  it('offers every UI language in the palette, and the pseudo-locale last', () => {
    expect(list.filter((c) => c.id.startsWith('language-')).map((c) => c.id)).toEqual([
      'language-en',
      'language-fr',
      'language-de',
      'language-it',
      'language-pseudo',
    ]);
  });
});
