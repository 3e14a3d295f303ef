/**
 * Firefox ESR (Debian's `firefox-esr`) driven over WebDriver BiDi, the standard protocol Firefox ships.
 * Playwright 1.65 drives only its own Firefox build (a browser download, not allowed here) or, over BiDi,
 * a Firefox that has its emulation commands (ESR 153 answers "unknown command"); so the few commands these
 * tests need are sent here directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/** The tag of the extension's dialog host. */
const OWN_UI_HOST = 'twijfelcheck-ui';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);

interface Reply {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

/** Preferences for a quiet, test-only profile: no update checks, reports or first-run pages. */
const QUIET_PREFS: Record<string, unknown> = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'browser.safebrowsing.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

export class Firefox {
  /** Every address a page asked for, in order (the extension's requests would show up here). */
  readonly requests: string[] = [];
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
    private context = '',
  ) {
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as Reply;
      if (reply.type === 'event' && reply.method === 'network.beforeRequestSent') {
        this.requests.push((reply.params as { request: { url: string } }).request.url);
      } else if (reply.id !== undefined) {
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
      }
    });
  }

  static async launch(prefs: Record<string, unknown>): Promise<Firefox> {
    const profile = mkdtempSync(join(tmpdir(), 'twijfelcheck-firefox-'));
    const lines = Object.entries({ ...QUIET_PREFS, ...prefs }).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`);
    writeFileSync(join(profile, 'user.js'), lines.join('\n') + '\n');
    const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const address = await new Promise<string>((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start its WebDriver BiDi server:\n${log}`)), 30_000);
      child.stderr!.on('data', (chunk) => {
        log += String(chunk);
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`Firefox exited (${code}):\n${log}`)));
    });
    const socket = new WebSocket(`${address}/session`);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const firefox = new Firefox(child, socket, profile);
    await firefox.send('session.new', { capabilities: {} });
    await firefox.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    const tree = await firefox.send('browsingContext.getTree', {});
    firefox.context = (tree.contexts as Array<{ context: string }>)[0]!.context;
    return firefox;
  }

  async send(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = ++this.nextId;
    const reply = await new Promise<Reply>((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
    if (reply.type === 'error') throw new Error(`${method}: ${reply.error}: ${reply.message}`);
    return reply.result ?? {};
  }

  async navigate(url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /**
   * The extension's dialog lives in a closed shadow root, out of reach of page script. WebDriver BiDi hands
   * closed roots to automation (serialised with includeShadowTree "all"), so every expression here may use
   * `ownUi`: the closed root of the dialog's host, or undefined while no dialog is open.
   */
  private async ownUi(hostName = OWN_UI_HOST): Promise<Record<string, unknown>> {
    const host = await this.send('script.evaluate', {
      expression: `document.querySelector('${hostName}')`,
      target: { context: this.context },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const root = (host.result as { value?: { shadowRoot?: { sharedId?: string } | null } }).value?.shadowRoot;
    return root?.sharedId ? { sharedId: root.sharedId } : { type: 'undefined' };
  }

  private async remote(expression: string, host = OWN_UI_HOST): Promise<RemoteValue> {
    const answer = await this.send('script.callFunction', {
      functionDeclaration: `(ownUi) => (${expression})`,
      arguments: [await this.ownUi(host)],
      target: { context: this.context },
      awaitPromise: true,
      resultOwnership: 'root',
    });
    if (answer.type === 'exception') throw new Error(`${expression}: ${JSON.stringify(answer.exceptionDetails)}`);
    return answer.result as RemoteValue;
  }

  /**
   * The value of a JavaScript expression in the page (with `ownUi`: the closed root of the dialog's host, or
   * of another of the add-on's hosts, such as the hint's), passed back as JSON.
   */
  async evaluate<T>(expression: string, host = OWN_UI_HOST): Promise<T> {
    const json = (await this.remote(`Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`, host)).value;
    return JSON.parse(json as string) as T;
  }

  /** Chooses files in a file input, as the file picker does (paths on this machine). */
  async setFiles(inputExpression: string, paths: string[]): Promise<void> {
    const input = await this.remote(inputExpression);
    if (input.type !== 'node') throw new Error(`No file input: ${inputExpression}`);
    await this.send('input.setFiles', { context: this.context, element: { sharedId: input.sharedId }, files: paths });
  }

  /** Real key presses, a little apart as a person types (into whatever has focus). */
  async type(text: string): Promise<void> {
    const actions = [...text].flatMap((key) => [
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
      { type: 'pause', duration: 15 },
    ]);
    await this.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** A real mouse click on the middle of the element an expression gives (it may be in a shadow root). */
  async click(elementExpression: string): Promise<void> {
    const element = await this.remote(elementExpression);
    if (element.type !== 'node') throw new Error(`Nothing to click: ${elementExpression}`);
    await this.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element.sharedId } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.send('input.releaseActions', { context: this.context });
  }

  /** Polls an expression until it is truthy. */
  async waitFor<T>(expression: string, timeout = 10_000, host = OWN_UI_HOST): Promise<T> {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate<T>(expression, host);
      if (value) return value;
      if (Date.now() > until) throw new Error(`Timed out waiting for: ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async close(): Promise<void> {
    this.socket.close();
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill();
    await exited;
    rmSync(this.profile, { recursive: true, force: true });
  }
}
