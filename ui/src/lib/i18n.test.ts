import { describe, expect, it } from 'vitest';
import { parse, type Pattern, type PatternElement, type Expression, type InlineExpression } from '@fluent/syntax';
import { Catalog, ENGLISH, UI_LANGUAGES, loadSource, pickLanguage, plain } from './i18n';
import { ALL_SOURCES } from './all-sources';

const en = new Catalog(ALL_SOURCES);

describe('pickLanguage', () => {
  it('picks the language of a regional or POSIX locale and falls back to English', () => {
    expect(pickLanguage('de-CH')).toBe('de');
    expect(pickLanguage('fr_CH.UTF-8')).toBe('fr');
    expect(pickLanguage('it')).toBe('it');
    expect(pickLanguage('ja-JP')).toBe('en');
    expect(pickLanguage(null)).toBe('en');
  });
});

describe('Catalog', () => {
  const catalog = new Catalog({
    en: [
      'hello = Hello { $name }',
      'only-en = Only in English',
      'cases = { $n ->',
      '    [one] one case',
      '   *[other] { $n } cases',
      '}',
      '',
    ].join('\n'),
    fr: 'hello = Bonjour { $name }\n',
    de: '',
    it: '',
    qps: '',
  });

  it('formats in the chosen language without bidi isolation marks', () => {
    expect(catalog.format('fr', 'hello', { name: 'Léa' })).toBe('Bonjour Léa');
  });

  it('falls back to English message by message', () => {
    expect(catalog.format('fr', 'only-en')).toBe('Only in English');
    expect(catalog.format('de', 'hello', { name: 'Jo' })).toBe('Hello Jo');
  });

  it('returns the key when no language has the message', () => {
    expect(catalog.format('fr', 'nowhere')).toBe('nowhere');
    expect(catalog.has('fr', 'nowhere')).toBe(false);
    expect(catalog.has('fr', 'only-en')).toBe(true);
  });

  it('treats integer-looking string arguments as numbers, like Rust, for plurals', () => {
    expect(catalog.format('en', 'cases', { n: '1' })).toBe('one case');
    expect(catalog.format('en', 'cases', { n: '12345' })).toBe('12345 cases');
  });

  it('groups counts passed as numbers but never ids passed through plain()', () => {
    expect(catalog.format('en', 'cases', { n: 12345 })).toBe('12,345 cases');
    expect(catalog.format('en', 'cases', { n: plain(12345) })).toBe('12345 cases');
  });
});

describe('a language the window loads when it is chosen', () => {
  it('is spoken in English until its messages are in, then in itself', async () => {
    const catalog = new Catalog({ en: ENGLISH });
    expect(catalog.loaded('de')).toBe(false);
    expect(catalog.format('de', 'action-retry')).toBe('Retry');
    catalog.add('de', await loadSource('de'));
    expect(catalog.loaded('de')).toBe(true);
    expect(catalog.format('de', 'action-retry')).toBe('Erneut versuchen');
  });

  it('is the very app.ftl every language is checked against', async () => {
    for (const lang of UI_LANGUAGES) expect(await loadSource(lang), lang).toBe(ALL_SOURCES[lang]);
    expect(await loadSource('qps')).toBe(ENGLISH);
  });
});

describe('the real app.ftl files', () => {
  it('formats an error with its arguments in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const text = en.format(lang, 'error-case-transition', { from: 'resolved', to: 'waiting_customer' });
      expect(text, lang).toContain('waiting_customer');
      expect(text, lang).not.toMatch(/[\u2068\u2069]/);
    }
  });

  it('has a sentence for the no-agent error in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const bundle = new Catalog(ALL_SOURCES);
      expect(bundle.format(lang, 'error-no-agent'), lang).not.toBe('error-no-agent');
    }
  });
});

// The same check as crates/l10n/tests/parity.rs, so that a missing key or a
// renamed variable shows up in `npm test` too, not only in `cargo test`.
type Shape = Map<string, { attrs: string[]; vars: string[] }>;

function inlineVars(e: InlineExpression, out: Set<string>): void {
  if (e.type === 'VariableReference') out.add(e.id.name);
  else if (e.type === 'Placeable') expressionVars(e.expression, out);
  else if (e.type === 'FunctionReference') for (const a of e.arguments.positional) inlineVars(a, out);
}

function expressionVars(e: Expression, out: Set<string>): void {
  if (e.type === 'SelectExpression') {
    inlineVars(e.selector, out);
    for (const v of e.variants) patternVars(v.value, out);
  } else {
    inlineVars(e, out);
  }
}

function patternVars(p: Pattern, out: Set<string>): void {
  for (const el of p.elements as PatternElement[]) {
    if (el.type === 'Placeable') expressionVars(el.expression, out);
  }
}

function shape(lang: string, source: string): Shape {
  const resource = parse(source, { withSpans: false });
  const out: Shape = new Map();
  for (const entry of resource.body) {
    expect(entry.type, `${lang}: ${JSON.stringify(entry).slice(0, 200)}`).not.toBe('Junk');
    if (entry.type !== 'Message') continue;
    const vars = new Set<string>();
    if (entry.value) patternVars(entry.value, vars);
    for (const a of entry.attributes) patternVars(a.value, vars);
    expect(out.has(entry.id.name), `${lang} defines ${entry.id.name} twice`).toBe(false);
    out.set(entry.id.name, { attrs: entry.attributes.map((a) => a.id.name).sort(), vars: [...vars].sort() });
  }
  return out;
}

describe('locale parity', () => {
  const english = shape('en', ALL_SOURCES.en);

  for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has every English message with the same attributes and variables, and no other`, () => {
      const other = shape(lang, ALL_SOURCES[lang]);
      const problems: string[] = [];
      for (const [id, s] of english) {
        const o = other.get(id);
        if (!o) problems.push(`missing ${id}`);
        else if (JSON.stringify(o) !== JSON.stringify(s)) {
          problems.push(`${id}: ${JSON.stringify(o)}, English ${JSON.stringify(s)}`);
        }
      }
      for (const id of other.keys()) if (!english.has(id)) problems.push(`${id} is not in English`);
      expect(problems).toEqual([]);
    });
  }
});

describe('keys used by the UI', () => {
  const sources = import.meta.glob(['../**/*.svelte', '../**/*.ts', '!../**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;

  it('exist in English', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      // Whole keys only: `t('kind-' + kind)` is a family, checked below.
      for (const m of text.matchAll(/\bt\('([a-z0-9-]*[a-z0-9])'/g)) used.add(m[1]);
      for (const m of text.matchAll(/\blabel: '([a-z0-9-]*[a-z0-9])'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !en.has('en', k));
    expect(missing).toEqual([]);
  });

  it('include every member of the families built at runtime', () => {
    const families = [
      ...['new', 'open', 'waiting-customer', 'waiting-expert', 'resolved'].map((s) => `status-${s}`),
      ...['on-track', 'at-risk', 'breached', 'paused', 'done'].map((s) => `sla-${s}`),
      ...['inbound', 'outbound', 'note'].map((d) => `direction-${d}`),
      ...['messenger', 'comment', 'visitor-post', 'direct'].map((k) => `kind-${k}`),
      ...['sqlite', 'postgres'].map((b) => `backend-${b}`),
      ...UI_LANGUAGES.map((l) => `language-name-${l}`),
      ...['requested', 'answered', 'declined', 'expired'].map((s) => `handoff-state-${s}`),
      ...['queue', 'case', 'window'].map((g) => `shortcuts-group-${g}`),
      'error-no-agent',
      'error-unexpected',
    ];
    expect(families.filter((k) => !en.has('en', k))).toEqual([]);
  });
});

describe('the pseudo-locale', () => {
  const catalog = new Catalog(ALL_SOURCES);
  it('accents and brackets every catalog text but keeps the values it is given', () => {
    const text = catalog.format('qps', 'notice-handoff-sent', { case: plain(42), name: 'Sandra Meier' });
    expect(text.startsWith('⟦') && text.endsWith('⟧')).toBe(true);
    expect(text).toContain('Sandra Meier');
    expect(text).toContain('42');
    expect(text).not.toMatch(/waits/);
    expect(pickLanguage('qps')).toBe('qps');
  });

  it('lengthens text, so that truncated labels show', () => {
    const en = catalog.format('en', 'action-handoff');
    const qps = catalog.format('qps', 'action-handoff');
    expect(qps.length).toBeGreaterThan(en.length * 1.2);
  });
});
