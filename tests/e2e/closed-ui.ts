/**
 * The extension's dialog and hint badge live in closed shadow roots, so page scripts cannot read them, and
 * neither can Playwright's locators (they run as page script). These tests reach them as DevTools does,
 * over the Chrome DevTools Protocol: `DOM.getDocument({ pierce: true })` lists closed shadow roots too,
 * `DOM.resolveNode` hands one to `Runtime.callFunctionOn`, which reads text, focus and position inside it;
 * clicks are real mouse clicks (`page.mouse`) at the element's middle, keys go through `page.keyboard`.
 *
 * Why this and not a test build that keeps the roots open: every test then runs the build that ships, and
 * the isolation spec can prove that the page sees nothing while the same tests still work the dialog.
 * The price is Chromium only (CDP); the Firefox tests reach the closed root over WebDriver BiDi, which
 * can serialise closed shadow roots for automation (tests/firefox/firefox.ts).
 */
import type { CDPSession, Page } from '@playwright/test';

/** One narrowing step, applied to every element found so far (the shadow roots to begin with). */
type Step =
  | { css: string }
  | { role: 'button' | 'dialog'; name?: { source: string; flags: string } | { text: string; exact: boolean } }
  | { text: string }
  | { nth: number };

type Operation = 'count' | 'visible' | 'texts' | 'focused' | 'attribute' | 'point';

interface Answer {
  count: number;
  /** The first element's answer to the operation. */
  value?: unknown;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: Array<DomNode & { shadowRootType?: string }>;
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

/** The node ids of the closed shadow roots of every `tag` element on the page, frames included. */
function closedRootsOf(node: DomNode, tag: string, found: number[] = []): number[] {
  for (const root of node.shadowRoots ?? []) {
    if (node.localName === tag && root.shadowRootType === 'closed') found.push(root.nodeId);
    closedRootsOf(root, tag, found);
  }
  for (const child of node.children ?? []) closedRootsOf(child, tag, found);
  if (node.contentDocument) closedRootsOf(node.contentDocument, tag, found);
  return found;
}

/**
 * Runs in the page, with the closed roots as arguments: follows the steps, then answers the operation for
 * the elements found. Plain JavaScript, as it is sent as text.
 */
function inRoots(steps: Step[], operation: Operation, argument: string | undefined, ...roots: ShadowRoot[]): Answer {
  const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const roleSelector = { button: 'button, [role="button"]', dialog: 'dialog, [role="dialog"]' };
  const nameOf = (element: Element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = element.getRootNode() as ShadowRoot;
      return normal(labelledBy.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
    }
    return normal(element.getAttribute('aria-label') ?? element.textContent);
  };
  const below = (scopes: Array<Element | ShadowRoot>, selector: string) =>
    scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);
  let found: Array<Element | ShadowRoot> = roots;
  for (const step of steps) {
    if ('css' in step) found = below(found, step.css);
    else if ('role' in step) {
      const wanted = step.name;
      found = below(found, roleSelector[step.role]).filter((element) => {
        if (!wanted) return true;
        const name = nameOf(element as Element);
        if ('source' in wanted) return new RegExp(wanted.source, wanted.flags).test(name);
        return wanted.exact ? name === wanted.text : name.toLowerCase().includes(wanted.text.toLowerCase());
      });
    } else if ('text' in step) {
      // The innermost elements holding the text, as Playwright's getByText finds them.
      const holds = (element: Element) => normal(element.textContent).includes(step.text);
      found = below(found, '*').filter((element) => holds(element) && ![...element.children].some(holds));
    } else found = found.slice(step.nth, step.nth + 1);
  }
  const elements = [...new Set(found)] as HTMLElement[];
  const first = elements[0];
  const shown = (element: HTMLElement) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility() && box.width > 0 && box.height > 0;
  };
  const answer: Answer = { count: elements.length };
  if (operation === 'visible') answer.value = !!first && shown(first);
  else if (operation === 'texts') answer.value = elements.map((element) => element.innerText);
  else if (operation === 'focused') answer.value = !!first && (first.getRootNode() as ShadowRoot).activeElement === first;
  else if (operation === 'attribute') answer.value = first?.getAttribute(argument!) ?? null;
  else if (operation === 'point' && first && shown(first)) {
    first.scrollIntoView({ block: 'center', inline: 'center' });
    const box = first.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    // Only when a person could click it: nothing else lies on top at that point.
    const top = (first.getRootNode() as ShadowRoot).elementFromPoint(x, y);
    if (top && first.contains(top)) answer.value = { x, y };
  }
  return answer;
}

const POLL_MS = 100;
const ACTION_TIMEOUT_MS = 10_000;

/** A Locator-like view of elements inside the extension's closed shadow roots (only what the tests use). */
export class ClosedUi {
  constructor(
    private readonly page: Page,
    /** The tag of the extension's host elements (`twijfelcheck-ui`, `twijfelcheck-hint`). */
    private readonly host: string,
    private readonly steps: Step[] = [],
  ) {}

  private with(step: Step): ClosedUi {
    return new ClosedUi(this.page, this.host, [...this.steps, step]);
  }

  locator(css: string): ClosedUi {
    return this.with({ css });
  }

  getByRole(role: 'button' | 'dialog', options: { name?: string | RegExp; exact?: boolean } = {}): ClosedUi {
    const { name, exact = false } = options;
    if (name === undefined) return this.with({ role });
    return this.with({ role, name: name instanceof RegExp ? { source: name.source, flags: name.flags } : { text: name, exact } });
  }

  getByText(text: string): ClosedUi {
    return this.with({ text });
  }

  first(): ClosedUi {
    return this.with({ nth: 0 });
  }

  private async ask(operation: Operation, argument?: string): Promise<Answer> {
    const cdp = await sessionOf(this.page);
    for (let attempt = 0; ; attempt++) {
      try {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
        const roots = closedRootsOf(root, this.host);
        if (roots.length === 0) return { count: 0 };
        const objects = await Promise.all(roots.map((nodeId) => cdp.send('DOM.resolveNode', { nodeId })));
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          objectId: objects[0]!.object.objectId!,
          functionDeclaration: inRoots.toString(),
          arguments: [{ value: this.steps }, { value: operation }, { value: argument }, ...objects.map(({ object }) => ({ objectId: object.objectId }))],
          returnByValue: true,
        });
        if (exceptionDetails) throw new Error(`In the closed root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value as Answer;
      } catch (error) {
        // The page changed between listing the roots and reading them (a dialog closed, a navigation).
        if (attempt < 3 && /No node with given id|Cannot find context|Execution context was destroyed/.test(String(error))) continue;
        throw error;
      }
    }
  }

  async count(): Promise<number> {
    return (await this.ask('count')).count;
  }

  async isVisible(): Promise<boolean> {
    return (await this.ask('visible')).value === true;
  }

  /** The text of the one element found, as `innerText` gives it; waits for it to be there. */
  async innerText(): Promise<string> {
    const until = Date.now() + ACTION_TIMEOUT_MS;
    for (;;) {
      const { count, value } = await this.ask('texts');
      if (count > 1) throw new Error(`${this} matches ${count} elements, expected 1`);
      if (count === 1) return (value as string[])[0]!;
      if (Date.now() > until) throw new Error(`Timed out after ${ACTION_TIMEOUT_MS} ms waiting for ${this}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async allInnerTexts(): Promise<string[]> {
    return ((await this.ask('texts')).value as string[] | undefined) ?? [];
  }

  async getAttribute(name: string): Promise<string | null> {
    return (await this.ask('attribute', name)).value as string | null;
  }

  /** Whether the first element found has the focus inside its shadow root. */
  async isFocused(): Promise<boolean> {
    return (await this.ask('focused')).value === true;
  }

  /** Waits until the first element found is visible, or (`detached`) until nothing matches. */
  async waitFor(options: { state?: 'visible' | 'detached'; timeout?: number } = {}): Promise<void> {
    const { state = 'visible', timeout = ACTION_TIMEOUT_MS } = options;
    const until = Date.now() + timeout;
    for (;;) {
      const done = state === 'visible' ? await this.isVisible() : (await this.count()) === 0;
      if (done) return;
      if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${this} to be ${state}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /**
   * A real mouse click in the middle of the one element found, once it is visible and nothing covers it.
   * Two or more matches are a mistake in the test, as with Playwright's strict locators.
   */
  async click(): Promise<void> {
    const until = Date.now() + ACTION_TIMEOUT_MS;
    for (;;) {
      const { count, value } = await this.ask('point');
      if (count > 1) throw new Error(`${this} matches ${count} elements, expected 1`);
      if (value) {
        const { x, y } = value as { x: number; y: number };
        await this.page.mouse.click(x, y);
        return;
      }
      if (Date.now() > until) throw new Error(`Timed out after ${ACTION_TIMEOUT_MS} ms waiting to click ${this}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  toString(): string {
    return `${this.host} ${JSON.stringify(this.steps)}`;
  }
}
