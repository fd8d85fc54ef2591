// Issue 18: German, French and Italian fit the window as well as English,
// and nothing on screen is left untranslated. In every UI language and at
// 1280×800, 1366×768 and 1920×1080, with a case open, the text of the
// queue rows, the filters and the case header is measured: none is cut
// (by an ellipsis, a clipping box or a select too narrow for its choice),
// a row's countdown and its state word take one line each, and the
// filters take at most two rows. In the pseudo-locale (every message
// accented and in ⟦ ⟧) every text of the window's chrome must come from
// the message catalogue: a text without ⟦ is hard-coded. Customer data
// (names, subjects, page handles) is neither measured for cuts nor
// translated. Screenshots of en, de and fr at each size go to
// target/e2e/ (and docs/screenshots with E2E_DOCS_SHOTS=1).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { App, REPO_ROOT } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, readState, tid, waitForRows } from './lib/ui.js';

const SIZES = [
  [1280, 800],
  [1366, 768],
  [1920, 1080],
];
const LANGUAGES = ['en', 'de', 'fr', 'it'];
const SHOT_LANGUAGES = new Set(['en', 'de', 'fr']);
const DOCS_SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

/** Customer and page data: shown as they are, cut with an ellipsis where long. */
const DATA = ['.subject', '.who', '.where', '.handle', 'h2', '.brand', '[role="columnheader"]', '.workspace', 'kbd', '.assignee', '.colleagues', '.initials'].join(', ');

/** The regions measured: the first rows of the queue, the filters, the case header. */
const MEASURE = `
  const DATA = ${JSON.stringify(DATA)};
  const regions = {
    row: [...document.querySelectorAll('[data-testid="queue-row"]')].slice(0, 8),
    filters: [...document.querySelectorAll('.filters')],
    header: [...document.querySelectorAll('[data-testid="case-view"] header.head')],
  };
  const textOf = (e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
  const name = (e) => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').filter((c) => !c.startsWith('svelte-'))[0] : '') + ' "' + (textOf(e) || e.value || '').slice(0, 30) + '"';
  const clippers = (e, root) => {
    const out = [];
    for (let a = e.parentElement; a && a !== root.parentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(a);
    }
    return out;
  };
  const canvas = document.createElement('canvas').getContext('2d');
  const cut = [];
  const lines = [];
  for (const [region, roots] of Object.entries(regions)) {
    for (const root of roots) {
      for (const e of [...root.querySelectorAll('*')]) {
        if (e.closest(DATA) || e.offsetWidth === 0) continue;
        if (e.tagName === 'SELECT') {
          const s = getComputedStyle(e);
          canvas.font = s.font;
          const text = e.selectedOptions[0]?.textContent ?? '';
          const room = e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight) - 4;
          if (canvas.measureText(text).width > room) cut.push(region + ': ' + name(e) + ' ' + Math.round(canvas.measureText(text).width) + ' px in ' + Math.round(room));
          continue;
        }
        if (!textOf(e)) continue;
        const s = getComputedStyle(e);
        if (s.display !== 'inline' && s.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) {
          cut.push(region + ': ' + name(e) + ' ' + e.scrollWidth + ' px in ' + e.clientWidth);
          continue;
        }
        const r = e.getBoundingClientRect();
        for (const a of clippers(e, root)) {
          const b = a.getBoundingClientRect();
          if (r.right > b.right + 1 || r.bottom > b.bottom + 1 || r.left < b.left - 1) {
            cut.push(region + ': ' + name(e) + ' outside ' + name(a));
            break;
          }
        }
        if (e.matches('.countdown, .sla-word, .status')) {
          const lh = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.3;
          if (r.height > lh * 1.5) lines.push(region + ': ' + name(e) + ' takes ' + Math.round(r.height / lh) + ' lines');
        }
      }
    }
  }
  const controls = [...document.querySelectorAll('.filters > *')].filter((e) => e.offsetWidth > 0);
  // Controls whose middles are within 10 px share a row.
  const middles = controls.map((e) => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; }).sort((a, b) => a - b);
  const filterRows = middles.filter((m, i) => i === 0 || m - middles[i - 1] > 10).length;
  return { cut: [...new Set(cut)], lines: [...new Set(lines)], filterRows };
`;

/** Texts of the window's chrome that do not come from the catalogue (pseudo-locale only). */
const UNTRANSLATED = `
  const DATA = ${JSON.stringify(DATA)} + ', .name, .id, .when, .meta .where, option, [data-testid="matrix-cell"], [data-testid="thread-message"], .preview, textarea, .sync, .countdown';
  const roots = ['header', '[data-testid="matrix"] h2', '[data-testid="matrix-all"] .name', '.filters', '[data-testid="queue-total"]', '[data-testid="queue-row"] .status', '[data-testid="queue-row"] .sla-word', '[data-testid="case-view"] header.head', '[data-testid="case-facts"]', '[data-testid="case-view"] .composer', '[data-testid="case-view"] .note'];
  const bad = [];
  for (const sel of roots) {
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent.trim();
        const el = n.parentElement;
        if (!text || !el || el.offsetWidth === 0 || el.closest(DATA)) continue;
        if (/⟦|⟧/.test(text) || /^[\\d\\s:.,;−\\-–—()#/+▲●·%×…|↩⏎?]*$/u.test(text)) continue;
        bad.push(sel + ': "' + text.slice(0, 40) + '"');
      }
    }
  }
  return [...new Set(bad)];
`;

async function keepShot(app, name) {
  const file = await app.screenshot(name);
  if (!process.env.E2E_DOCS_SHOTS) return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SHOTS, `${name}.png`));
}

describe('every UI language fits the window', () => {
  const app = new App('locale-fit');
  let caseId;

  before(async () => {
    await app.start({ ready: true });
    caseId = String(JSON.parse((await app.cli(['search', 'ZRHLK20877', '--json'])).stdout)[0].case_id);
    await waitForRows(app.wd);
    const agent = await app.wd.execute(`return Array.from(document.querySelector('${tid('agent-select')}').options).find((o) => o.value)?.value;`);
    await chooseOption(app.wd, tid('agent-select'), agent);
    await (await app.wd.find(`${tid('matrix-cell')}[data-handle="lakeline/de-CH"]`)).click();
    await (await waitFor(async () => (await app.wd.findAll(`${tid('queue-row')}[data-case-id="${caseId}"]`))[0], 5000, { message: `case #${caseId} in the queue` })).click();
    await waitFor(async () => (await readState(app.wd)).caseView?.id === caseId, 5000, { message: `case #${caseId} open` });
  });

  after(() => app.stop());

  for (const lang of LANGUAGES) {
    it(`${lang}: queue rows, filters and the case header fit at every size`, async (t) => {
      await app.step(t, async () => {
        await chooseOption(app.wd, tid('language-select'), lang);
        await waitFor(() => app.wd.execute(`return document.documentElement.lang === '${lang}';`), 5000, { message: `the window in ${lang}` });
        const found = [];
        for (const [width, height] of SIZES) {
          await app.wd.setWindowRect({ width, height });
          await new Promise((r) => setTimeout(r, 250));
          const m = await app.wd.execute(MEASURE);
          t.diagnostic(`${lang} ${width}×${height}: ${JSON.stringify(m)}`);
          for (const c of m.cut) found.push(`${width}×${height} cut ${c}`);
          for (const l of m.lines) found.push(`${width}×${height} ${l}`);
          if (m.filterRows > 2) found.push(`${width}×${height} the filters take ${m.filterRows} rows`);
          if (SHOT_LANGUAGES.has(lang)) await keepShot(app, `window-${lang}-${width}x${height}`);
        }
        assert.deepEqual(found, [], `${lang}: nothing cut, one line per countdown, two rows of filters at most`);
      });
    });
  }

  it('the pseudo-locale finds no hard-coded text and nothing cut', async (t) => {
    await app.step(t, async () => {
      await app.wd.setWindowRect({ width: 1366, height: 768 });
      await app.wd.execute('document.activeElement?.blur();');
      await app.wd.pressKeys(['k'], { modifiers: ['\uE009'] }); // Ctrl+K
      const input = await waitFor(async () => (await app.wd.findAll(tid('palette-input')))[0], 5000, { message: 'the palette' });
      await input.sendKeys('pseudo\uE007');
      await waitFor(() => app.wd.execute(`return document.documentElement.lang === 'qps';`), 5000, { message: 'the pseudo-locale' });
      await new Promise((r) => setTimeout(r, 250));
      const untranslated = await app.wd.execute(UNTRANSLATED);
      const m = await app.wd.execute(MEASURE);
      await app.screenshot('window-qps-1366x768');
      t.diagnostic(JSON.stringify({ untranslated, m }));
      assert.deepEqual(untranslated, [], 'every text of the chrome comes from the catalogue');
      assert.deepEqual([...m.cut, ...m.lines], [], 'nothing cut in the pseudo-locale (30 % longer)');
      assert.ok(m.filterRows <= 2, `the filters take ${m.filterRows} rows`);
    });
  });
});
