// A small W3C WebDriver client on Node's fetch: just what the Switchboard
// end-to-end tests need, no dependencies.
//
// Spec: https://www.w3.org/TR/webdriver2/ — every command answers
// `{"value": ...}`; an error answers `{"value": {"error", "message", "stacktrace"}}`.

/** The key under which W3C WebDriver serialises an element reference. */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** W3C code points of the special keys the tests use. */
export const Keys = Object.freeze({
  ENTER: '\uE007',
  ESCAPE: '\uE00C',
  TAB: '\uE004',
  BACKSPACE: '\uE003',
  CONTROL: '\uE009',
  SHIFT: '\uE008',
  ARROW_DOWN: '\uE015',
  ARROW_UP: '\uE013',
});

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    const code = value && value.error ? value.error : `HTTP ${status}`;
    const msg = value && value.message ? value.message : JSON.stringify(value);
    super(`WebDriver ${method} ${path} failed: ${code}: ${msg}`);
    this.name = 'WebDriverError';
    this.code = code;
    this.status = status;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Poll `predicate` (sync or async) until it returns a truthy value, and return
 * that value. On timeout throw an Error whose message says what was expected
 * and what was last seen: `describe(lastValue, lastError)` may build it.
 * Errors thrown by the predicate count as "not yet" (the DOM may be
 * re-rendering), and the last one is reported on timeout.
 */
export async function waitFor(predicate, timeoutMs = 5000, opts = {}) {
  const { interval = 100, message = 'condition', describe } = opts;
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await predicate();
      lastError = undefined;
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() >= deadline) break;
    await sleep(interval);
  }
  const found = describe
    ? describe(last, lastError)
    : lastError
      ? `last error: ${lastError.message}`
      : `last value: ${JSON.stringify(last)}`;
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}; ${found}`);
}

/** Raw HTTP to a WebDriver server. */
export async function wdRequest(baseUrl, method, path, body, { timeoutMs = 60000 } = {}) {
  const init = {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    signal: AbortSignal.timeout(timeoutMs),
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  else if (method === 'POST') init.body = '{}';
  let res;
  try {
    res = await fetch(baseUrl + path, init);
  } catch (e) {
    throw new Error(`WebDriver ${method} ${path}: ${e.cause ? e.cause.message || e.cause.code : e.message}`);
  }
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new WebDriverError(method, path, res.status, { error: 'invalid json', message: text.slice(0, 500) });
  }
  const value = json.value;
  if (!res.ok || (value && typeof value === 'object' && typeof value.error === 'string')) {
    throw new WebDriverError(method, path, res.status, value);
  }
  return value;
}

/** A handle on one element of one session. */
export class Element {
  constructor(session, id, selector) {
    this.session = session;
    this.id = id;
    this.selector = selector; // for messages only
    this.ref = { [ELEMENT_KEY]: id };
  }

  #cmd(method, sub, body) {
    return this.session.cmd(method, `/element/${this.id}${sub}`, body);
  }

  click() {
    return this.#cmd('POST', '/click', {});
  }

  /** Element Send Keys: focuses the element and types `text` into it. */
  sendKeys(text) {
    return this.#cmd('POST', '/value', { text: String(text) });
  }

  clear() {
    return this.#cmd('POST', '/clear', {});
  }

  text() {
    return this.#cmd('GET', '/text');
  }

  /** The attribute as in the markup (null when absent). */
  attribute(name) {
    return this.#cmd('GET', `/attribute/${encodeURIComponent(name)}`);
  }

  /** The live DOM property (e.g. `value` of an input or select). */
  property(name) {
    return this.#cmd('GET', `/property/${encodeURIComponent(name)}`);
  }

  tagName() {
    return this.#cmd('GET', '/name');
  }

  displayed() {
    return this.#cmd('GET', '/displayed');
  }

  async find(css) {
    const v = await this.#cmd('POST', '/element', { using: 'css selector', value: css });
    return new Element(this.session, v[ELEMENT_KEY], `${this.selector} ${css}`);
  }

  async findAll(css) {
    const vs = await this.#cmd('POST', '/elements', { using: 'css selector', value: css });
    return vs.map((v) => new Element(this.session, v[ELEMENT_KEY], `${this.selector} ${css}`));
  }

  /** Element screenshot, base64 PNG. */
  screenshotBase64() {
    return this.#cmd('GET', '/screenshot');
  }
}

/** One WebDriver session. */
export class Session {
  constructor(baseUrl, id, capabilities) {
    this.baseUrl = baseUrl;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** New Session with W3C capabilities (`{alwaysMatch, firstMatch}`). */
  static async create(baseUrl, capabilities, { timeoutMs = 120000 } = {}) {
    const v = await wdRequest(baseUrl, 'POST', '/session', { capabilities }, { timeoutMs });
    return new Session(baseUrl, v.sessionId, v.capabilities);
  }

  cmd(method, sub, body, opts) {
    return wdRequest(this.baseUrl, method, `/session/${this.id}${sub}`, body, opts);
  }

  async delete() {
    if (!this.id) return;
    const id = this.id;
    this.id = null;
    await wdRequest(this.baseUrl, 'DELETE', `/session/${id}`, undefined, { timeoutMs: 30000 });
  }

  title() {
    return this.cmd('GET', '/title');
  }

  url() {
    return this.cmd('GET', '/url');
  }

  refresh() {
    return this.cmd('POST', '/refresh', {});
  }

  /** Find Element by CSS selector; throws WebDriverError "no such element". */
  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return new Element(this, v[ELEMENT_KEY], css);
  }

  /** Find Elements by CSS selector (possibly none). */
  async findAll(css) {
    const vs = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return vs.map((v) => new Element(this, v[ELEMENT_KEY], css));
  }

  /** Like find(), but polls until the element exists. */
  waitForElement(css, timeoutMs = 10000) {
    return waitFor(
      async () => {
        const all = await this.findAll(css);
        return all[0];
      },
      timeoutMs,
      { message: `an element matching ${css}`, describe: () => 'found none' },
    );
  }

  activeElement() {
    return this.cmd('GET', '/element/active').then((v) => new Element(this, v[ELEMENT_KEY], ':focus'));
  }

  /** Execute Script (sync): `script` is a function body; Elements in args are passed as references. */
  execute(script, ...args) {
    return this.cmd('POST', '/execute/sync', { script, args: args.map(toWire) }).then((v) => fromWire(this, v));
  }

  /** Execute Async Script: the body calls `arguments[arguments.length - 1](result)`. */
  executeAsync(script, ...args) {
    return this.cmd('POST', '/execute/async', { script, args: args.map(toWire) }).then((v) => fromWire(this, v));
  }

  /** Take Screenshot: base64 PNG of the top-level browsing context. */
  screenshotBase64() {
    return this.cmd('GET', '/screenshot');
  }

  /** Perform Actions (W3C actions API); releases them afterwards. */
  async performActions(actions) {
    await this.cmd('POST', '/actions', { actions });
    await this.cmd('DELETE', '/actions');
  }

  /**
   * Type keys to whatever has focus, as a person would, with the actions API.
   * Each entry of `keys` is one key ("e", Keys.ENTER); a `modifiers` array
   * is held down around them (e.g. [Keys.CONTROL] for Ctrl+K).
   */
  async pressKeys(keys, { modifiers = [] } = {}) {
    const seq = [];
    for (const m of modifiers) seq.push({ type: 'keyDown', value: m });
    for (const k of keys) {
      seq.push({ type: 'keyDown', value: k });
      seq.push({ type: 'keyUp', value: k });
    }
    for (const m of [...modifiers].reverse()) seq.push({ type: 'keyUp', value: m });
    await this.performActions([{ type: 'key', id: 'keyboard', actions: seq }]);
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  getWindowRect() {
    return this.cmd('GET', '/window/rect');
  }
}

function toWire(a) {
  return a instanceof Element ? a.ref : a;
}

function fromWire(session, v) {
  if (Array.isArray(v)) return v.map((x) => fromWire(session, x));
  if (v && typeof v === 'object') {
    if (typeof v[ELEMENT_KEY] === 'string' && Object.keys(v).length === 1) return new Element(session, v[ELEMENT_KEY], '(script)');
    const o = {};
    for (const [k, x] of Object.entries(v)) o[k] = fromWire(session, x);
    return o;
  }
  return v;
}

/** GET /status of a WebDriver server; resolves to its value or throws. */
export function status(baseUrl) {
  return wdRequest(baseUrl, 'GET', '/status', undefined, { timeoutMs: 2000 });
}
