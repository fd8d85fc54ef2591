// Issue 18: the matrix ranks its cells by severity instead of painting
// every breached page the same pink, every count in a cell stays readable
// (4.5:1 against the cell), the case pane names a clock's state in its
// colour, and a queue row's countdown comes with its word.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { readState, tid, waitForRows } from './lib/ui.js';

/** WCAG contrast of every text in every matrix cell against the cell's background. */
const CELLS = `
  const rgb = (c) => (c.match(/[0-9.]+/g) || []).slice(0, 3).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  return [...document.querySelectorAll('[data-testid="matrix-cell"]')].map((cell) => {
    const bg = rgb(getComputedStyle(cell).backgroundColor);
    const texts = [...cell.querySelectorAll('span')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) && e.offsetWidth > 0 && !e.classList.contains('visually-hidden'))
      .map((e) => ({ text: e.textContent.trim(), ratio: Math.round(contrast(rgb(getComputedStyle(e).color), bg) * 100) / 100 }));
    return {
      handle: cell.getAttribute('data-handle'),
      score: Number(cell.getAttribute('data-score')),
      level: Number(cell.getAttribute('data-severity')),
      background: getComputedStyle(cell).backgroundColor,
      texts,
    };
  });
`;

describe('severity at a glance', () => {
  const app = useApp('severity');

  it('the matrix ranks its cells by severity, every count readable', async (t) => {
    await app.step(t, async () => {
      await waitForRows(app.wd);
      const cells = await app.wd.execute(CELLS);
      t.diagnostic(JSON.stringify(cells.map(({ handle, score, level, background }) => ({ handle, score, level, background }))));
      assert.equal(cells.length, 6, 'the demo has six communities');
      const byScore = [...cells].sort((a, b) => a.score - b.score);
      for (let i = 1; i < byScore.length; i++) {
        assert.ok(
          byScore[i].level >= byScore[i - 1].level,
          `${byScore[i].handle} (score ${byScore[i].score}) is not ranked below ${byScore[i - 1].handle} (score ${byScore[i - 1].score})`,
        );
      }
      assert.equal(byScore.at(-1).level, 4, 'the worst cell is in full red');
      assert.ok(new Set(cells.map((c) => c.background)).size >= 3, `cells are told apart: ${cells.map((c) => c.background).join(', ')}`);
      const faint = cells.flatMap((c) => c.texts.filter((x) => x.ratio < 4.5).map((x) => `${c.handle} "${x.text}" ${x.ratio}:1`));
      assert.deepEqual(faint, [], 'every text in a cell has 4.5:1 or more');
      await app.screenshot('severity-matrix');
    });
  });

  it('a clock names its state in colour, and a queue row says its countdown in words', async (t) => {
    await app.step(t, async () => {
      const words = await app.wd.execute(`return [...document.querySelectorAll('${tid('row-sla')}')].slice(0, 12).map((e) => ({ state: e.getAttribute('data-state'), text: e.textContent.trim() }));`);
      assert.ok(words.length > 0, 'queue rows carry their state');
      const expected = { on_track: 'on track', at_risk: 'at risk', breached: 'breached', paused: 'paused', done: 'done' };
      for (const w of words) assert.equal(w.text, expected[w.state], `a ${w.state} row says so: ${JSON.stringify(w)}`);
      const breachedRow = await app.wd.execute(`return document.querySelector('${tid('row-sla')}[data-state="breached"]')?.closest('${tid('queue-row')}')?.getAttribute('data-case-id');`);
      assert.ok(breachedRow, 'the demo queue has a breached case');
      await (await app.wd.find(`${tid('queue-row')}[data-case-id="${breachedRow}"]`)).click();
      await waitFor(async () => (await readState(app.wd)).caseView?.id === breachedRow, 5000, { message: `case #${breachedRow} open` });
      const states = await app.wd.execute(`return [...document.querySelectorAll('${tid('sla-state')}')].map((e) => ({ state: e.getAttribute('data-state'), color: getComputedStyle(e).color }));`);
      const breached = states.find((s) => s.state === 'breached');
      assert.ok(breached, `a clock says breached: ${JSON.stringify(states)}`);
      const [r, g, b] = breached.color.match(/[0-9]+/g).map(Number);
      assert.ok(r > g + 60 && r > b + 60, `"breached" is red, not grey: ${breached.color}`);
    });
  });
});
