// Reading and driving the Switchboard window by its test ids (the UI
// contract): matrix, matrix-cell (data-handle), matrix-all, queue, queue-row
// (data-case-id, data-community, aria-selected), queue-total, case-view
// (data-case-id, data-status), thread-message (data-direction),
// composer-input, composer-send, action-resolve, language-select,
// agent-select, search-input, palette, shortcuts, error.
//
// State is read in one Execute Script round trip; people's actions (clicks,
// typing, keys) go through WebDriver's element and actions commands.

import { waitFor } from './webdriver.js';

export const tid = (id) => `[data-testid="${id}"]`;

/** The six communities of the demo workspace. */
export const DEMO_HANDLES = Object.freeze([
  'lakeline/de-CH',
  'lakeline/en',
  'lakeline/fr-CH',
  'summit-air/de-CH',
  'summit-air/en',
  'summit-air/fr-CH',
]);

/** The whole visible state the tests assert on, read in one script. */
export function readState(wd) {
  return wd.execute(`
    const q = (s, r = document) => Array.from(r.querySelectorAll(s));
    const one = (s) => document.querySelector(s);
    const text = (e) => (e ? (e.innerText || e.textContent || '').trim() : null);
    const visible = (e) => !!e && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
    const cv = one('[data-testid="case-view"]');
    const err = one('[data-testid="error"]');
    const active = document.activeElement;
    return {
      ready: document.body.dataset.ready || null,
      // The matrix's words: its text (labels may sit in visually hidden
      // spans) and its tooltips.
      matrix: (() => {
        const m = one('[data-testid="matrix"]');
        if (!m) return null;
        const titles = q('[title]', m).map((e) => e.getAttribute('title'));
        return [(m.textContent || '').replace(/\\s+/g, ' ').trim(), ...titles].join(' | ');
      })(),
      cells: q('[data-testid="matrix-cell"]').map((c) => ({
        handle: c.getAttribute('data-handle'),
        text: text(c),
        selected: c.getAttribute('aria-selected') || c.getAttribute('aria-pressed') || c.getAttribute('aria-current'),
      })),
      rows: q('[data-testid="queue-row"]').map((r) => ({
        id: r.getAttribute('data-case-id'),
        community: r.getAttribute('data-community'),
        selected: r.getAttribute('aria-selected'),
        text: text(r),
      })),
      total: text(one('[data-testid="queue-total"]')),
      caseView: cv ? { id: cv.getAttribute('data-case-id'), status: cv.getAttribute('data-status') } : null,
      thread: q('[data-testid="thread-message"]').map((m) => ({ direction: m.getAttribute('data-direction'), text: text(m) })),
      errorBanner: visible(err) ? text(err) : null,
      active: active ? { tag: active.tagName, testid: active.getAttribute('data-testid'), editable: active.isContentEditable } : null,
      href: location.href,
    };
  `);
}

/**
 * The number a `queue-total` shows: its data-total / data-count attribute
 * when it has one, else the largest integer in its text ("50 cases",
 * "15 of 50").
 */
export async function queueTotal(wd) {
  const v = await wd.execute(`
    const e = document.querySelector('[data-testid="queue-total"]');
    if (!e) return null;
    const a = e.getAttribute('data-total') ?? e.getAttribute('data-count') ?? e.getAttribute('data-value');
    return { attr: a, text: (e.textContent || '').trim() };
  `);
  if (!v) return { n: null, text: '(no [data-testid=queue-total])' };
  if (v.attr != null && /^\d+$/.test(v.attr)) return { n: Number(v.attr), text: v.text };
  const nums = (v.text.match(/\d+/g) || []).map(Number);
  return { n: nums.length ? Math.max(...nums) : null, text: v.text };
}

/** Short description of rows for failure messages. */
export function describeRows(rows, max = 8) {
  if (!rows) return '(no state)';
  const shown = rows
    .slice(0, max)
    .map((r) => `#${r.id} ${r.community}${r.selected === 'true' ? ' [selected]' : ''}`)
    .join(', ');
  return `${rows.length} row(s)${rows.length ? `: ${shown}${rows.length > max ? ', …' : ''}` : ''}`;
}

/**
 * Chooses `value` in a <select> the way a person does: a click on its
 * <option> (WebKitWebDriver selects it and fires input/change). Returns the
 * select's value afterwards; throws when the option does not exist.
 */
export async function chooseOption(wd, selectCss, value) {
  const select = await wd.find(selectCss);
  const tag = (await select.tagName()).toLowerCase();
  if (tag !== 'select') throw new Error(`${selectCss} is a <${tag}>, expected a <select>`);
  const options = await select.findAll(`option[value="${value}"]`);
  if (!options.length) {
    const values = await wd.execute('return Array.from(arguments[0].options).map((o) => o.value)', select);
    throw new Error(`${selectCss} has no option with value "${value}"; its options: ${JSON.stringify(values)}`);
  }
  await options[0].click();
  return waitFor(async () => ((await select.property('value')) === value ? value : null), 3000, {
    message: `${selectCss} to have value "${value}" after clicking its option`,
    describe: () => 'the value did not change',
  });
}

/** Takes focus out of any input, so that single-key shortcuts reach the page. */
export async function blurInputs(wd) {
  return wd.execute(`
    const a = document.activeElement;
    if (a && a !== document.body && (a.matches('input, textarea, select') || a.isContentEditable)) { a.blur(); return a.tagName; }
    return null;
  `);
}

/** Waits until the queue shows at least one row and returns the state. */
export function waitForRows(wd, timeoutMs = 10000) {
  let last;
  return waitFor(
    async () => {
      last = await readState(wd);
      return last.rows.length > 0 ? last : null;
    },
    timeoutMs,
    { message: 'at least one [data-testid=queue-row]', describe: () => `found ${describeRows(last && last.rows)}` },
  );
}

/** Random suffix for texts the tests write. */
export const nonce = () => Math.random().toString(36).slice(2, 8);
