// The Reports view on the demo workspace (its week of past traffic and
// today's cases): opened from the header, a row per community and the
// total, the expert handoffs, the weekly trend chart and the top topics
// with their communities and samples of what customers wrote; a week of the chart
// and a topic drilled down to their cases; two dates of one's own;
// regrouped by channel, a row drilled down to its cases, one of them
// opened in the case pane; the same view in German. Screenshots go to
// target/e2e/ (and docs/screenshots/ with E2E_DOCS_SHOTS=1).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, useApp } from './lib/app.js';
import { waitFor } from './lib/webdriver.js';
import { chooseOption, DEMO_HANDLES, tid } from './lib/ui.js';

const DOCS_SHOTS = path.join(REPO_ROOT, 'docs', 'screenshots');

async function keepShot(app, name, lang) {
  const file = await app.screenshot(`${name}-${lang}`);
  if (!process.env.E2E_DOCS_SHOTS) return;
  mkdirSync(DOCS_SHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SHOTS, `${name}-${lang}-1280x800.png`));
}

/** Scrolls the element of `selector` to the middle of its view. */
async function reveal(app, selector) {
  await app.wd.execute(`document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center' });`);
}

async function rowKeys(app) {
  return app.wd.execute(`return [...document.querySelectorAll('${tid('report-row')}')].map((r) => r.dataset.key);`);
}

describe('the Reports view', () => {
  const app = useApp('reports');

  it('shows a row per community and the total, regroups, and drills down to a case', async (t) => {
    await app.step(t, async () => {
      await (await app.wd.find(tid('open-reports'))).click();
      await app.wd.waitForElement(tid('report-table'));
      const keys = await rowKeys(app);
      assert.deepEqual(keys.slice(0, -1).sort(), [...DEMO_HANDLES].sort(), `a row per community: ${keys}`);
      assert.equal(keys.at(-1), '', 'the total last');
      const total = await (await app.wd.find(`${tid('report-row')}[data-key=""]`)).text();
      assert.match(total, /^Total\s*\d/, total);
      const busy = await app.wd.execute(`return [...document.querySelectorAll('${tid('report-heat')} .cell')]
        .filter((c) => Number(c.style.opacity) > 0.1).length;`);
      assert.ok(busy > 10, `the hour-of-week map shows when cases opened (${busy} hours)`);
      const bands = await app.wd.execute(`return [...document.querySelectorAll('${tid('report-backlog-age')} li')]
        .map((li) => Number(li.lastElementChild.textContent.replace(/\\D/g, '')));`);
      const backlog = await app.wd.execute(`return document.querySelector('${tid('report-row')}[data-key=""] td:last-child').textContent;`);
      assert.equal(bands.length, 6, JSON.stringify(bands));
      assert.equal(bands.reduce((a, b) => a + b, 0), Number(backlog.replace(/\D/g, '')), `the backlog's ages add up: ${bands}`);
      const trend = await app.wd.waitForElement(`${tid('report-trend')} canvas`);
      assert.ok(trend, 'the trend is drawn');
      const weeks = Number(await (await app.wd.find(tid('report-trend'))).attribute('data-weeks'));
      assert.ok(weeks >= 4 && weeks <= 6, `30 days are 4 to 6 weeks: ${weeks}`);
      const topics = await waitFor(async () => {
        const found = await app.wd.findAll(tid('report-topic'));
        return found.length > 0 ? found : null;
      }, 10000, { message: 'the top topics' });
      // Everything fits the view's width: nothing scrolls sideways.
      const sideways = await app.wd.execute(`const c = document.querySelector('${tid('reports-view')} .content');
        return c.scrollWidth - c.clientWidth;`);
      assert.ok(sideways <= 1, `the Reports view scrolls ${sideways} px sideways`);

      // Expert handoffs are part of the figures.
      const handoffs = await (await app.wd.find(tid('report-handoffs'))).text();
      assert.match(handoffs, /^Expert handoffs asked: [1-9]/, handoffs);
      const cells = await app.wd.execute(`return [...document.querySelectorAll('${tid('report-handoffs-cell')}')]
        .map((c) => Number(c.textContent.replace(/\\D/g, '')));`);
      assert.equal(cells.slice(0, -1).reduce((a, b) => a + b, 0), cells.at(-1), `each community's handoffs add up to the total: ${cells}`);
      assert.equal(cells.at(-1), Number(handoffs.match(/asked: ([\d,]+)/)[1].replace(/\D/g, '')));

      await keepShot(app, 'reports', 'en');

      // What customers wrote on a topic, and where: each topic names its
      // communities, and unfolds to customers' first messages.
      const named = await (await app.wd.find(`${tid('report-topic')}:not([data-topic="none"])`)).attribute('data-topic');
      const where = await (await app.wd.find(`${tid('report-topic')}[data-topic="${named}"] .communities`)).text();
      assert.ok(DEMO_HANDLES.some((h) => where.includes(h)), `${named}'s communities: ${where}`);
      const toggle = `${tid('report-topic')}[data-topic="${named}"] ${tid('report-topic-samples-toggle')}`;
      await reveal(app, toggle);
      await (await app.wd.find(toggle)).click();
      const quotes = await waitFor(async () => {
        const found = await app.wd.findAll(`${tid('report-topic')}[data-topic="${named}"] ${tid('report-topic-samples')} blockquote`);
        return found.length > 0 ? found : null;
      }, 10000, { message: `samples of ${named}` });
      assert.ok(quotes.length <= 3, `${quotes.length} samples`);
      assert.ok((await quotes[0].text()).length > 5, 'a sample quotes a message');
      await keepShot(app, 'reports-topics', 'en');

      // A topic lists its cases.
      const topic = await topics[0].attribute('data-topic');
      await (await app.wd.find(`${tid('report-topic')}[data-topic="${topic}"] button`)).click();
      await waitFor(async () => (await app.wd.findAll(tid('report-case'))).length > 0, 10000, { message: `the cases of topic ${topic}` });
      const drillTitle = await (await app.wd.find(`${tid('report-drill')} h3`)).text();
      assert.equal(drillTitle, topic);

      // A week of the chart lists the cases opened in it.
      await reveal(app, `${tid('report-trend')} .u-over`);
      await (await app.wd.find(`${tid('report-trend')} .u-over`)).click();
      await waitFor(async () => /week of/.test(await (await app.wd.find(`${tid('report-drill')} h3`)).text()), 10000, {
        message: 'the cases of a week',
      });

      // A cell of the hour-of-week map lists the cases opened in that hour.
      const busiest = await app.wd.execute(`return [...document.querySelectorAll('${tid('report-heat-cell')}')]
        .sort((a, b) => Number(b.dataset.count) - Number(a.dataset.count))[0].dataset.hour;`);
      const inHour = Number(await (await app.wd.find(`${tid('report-heat-cell')}[data-hour="${busiest}"]`)).attribute('data-count'));
      await reveal(app, `${tid('report-heat-cell')}[data-hour="${busiest}"]`);
      await (await app.wd.find(`${tid('report-heat-cell')}[data-hour="${busiest}"]`)).click();
      const listed = await waitFor(async () => {
        const found = await app.wd.findAll(tid('report-case'));
        return found.length > 0 ? found.length : null;
      }, 10000, { message: `the cases opened in hour ${busiest}` });
      assert.equal(listed, Math.min(inHour, 200), `hour ${busiest}: the map says ${inHour}, the list shows ${listed}`);

      // Two dates of one's own: the last two days, the same total opened as
      // the CLI would count for them.
      await chooseOption(app.wd, tid('report-period'), '0');
      const day = (n) => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);
      await app.wd.execute(`
        const set = (sel, v) => { const el = document.querySelector(sel); el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); };
        set('${tid('report-from')}', '${day(1)}');
        set('${tid('report-to')}', '${day(0)}');`);
      await (await app.wd.find(tid('report-apply'))).click();
      await waitFor(async () => Number(await (await app.wd.find(tid('report-trend'))).attribute('data-weeks')) <= 2, 10000, {
        message: 'two days are one or two weeks',
      });

      await chooseOption(app.wd, tid('report-by'), 'channel');
      let channels = [];
      await waitFor(
        async () => {
          channels = await rowKeys(app);
          return channels.includes('messenger');
        },
        10000,
        { message: 'rows by channel', describe: () => JSON.stringify(channels) },
      );
      assert.ok(channels.every((k) => ['', 'messenger', 'comment', 'visitor_post', 'direct'].includes(k)), JSON.stringify(channels));

      await (await app.wd.find(`${tid('report-row')}[data-key="messenger"] button`)).click();
      const first = await waitFor(async () => (await app.wd.findAll(tid('report-case')))[0], 10000, {
        message: "the Messenger row's cases",
      });
      const id = await first.attribute('data-case-id');
      await first.click();
      await app.wd.waitForElement(`${tid('case-view')}[data-case-id="${id}"]`);
      assert.equal((await app.wd.findAll(tid('reports-view'))).length, 0, 'the view closed for the case');
    });
  });

  it('speaks German', async (t) => {
    await app.step(t, async () => {
      await app.wd.execute(`document.querySelector('.scrim')?.click();`);
      await chooseOption(app.wd, tid('language-select'), 'de');
      await (await app.wd.find(tid('open-reports'))).click();
      await app.wd.waitForElement(tid('report-table'));
      const head = await (await app.wd.find(`${tid('reports-view')} thead`)).text();
      assert.match(head, /Eröffnet/, head);
      await keepShot(app, 'reports', 'de');
      await app.wd.execute(`document.querySelector('.scrim')?.click();`);
      await chooseOption(app.wd, tid('language-select'), 'en');
    });
  });
});
