// @vitest-environment happy-dom
import './engine-loaded';
import { describe, expect, it } from 'vitest';
import { demoComposer } from './demo-composer';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createContext } from '../../../rules/engine';
import { installInterceptor } from '../../../entrypoints/compose.content/interceptor';
import { dialogStore } from '../../../entrypoints/compose.content/dialog-host';
import { demo } from '../../../entrypoints/compose.content/platforms/demo';
import { contextFromPolicy, DEFAULT_POLICY, mergePolicy } from '../../../utils/policy';

const ctx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
} as unknown as ContentScriptContext;

let policy = DEFAULT_POLICY;
let context = createContext();
let ready = false;
let arrive: () => void = () => undefined;
let arrived = new Promise<void>((resolve) => (arrive = resolve));

installInterceptor(ctx, {
  adapter: () => demo,
  context: () => context,
  policy: () => policy,
  t: (key) => key,
  policyReady: () => ready,
  whenPolicyReady: () => arrived,
});

const composer = demoComposer;

function reset(): void {
  ready = false;
  policy = DEFAULT_POLICY;
  context = createContext();
  arrived = new Promise<void>((resolve) => (arrive = resolve));
  dialogStore.setState({ shown: null });
}

describe('a post made before the school policy has arrived', () => {
  it('waits for the policy, then goes out exactly once when it is clean', async () => {
    reset();
    const { button, posted } = composer('Fijne dag allemaal, tot morgen op school');
    button.click();
    expect(posted).toEqual([]);
    ready = true;
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toEqual(['Fijne dag allemaal, tot morgen op school']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted).toHaveLength(1);
  });

  it('is checked with the policy once it arrives: a staff member gets the disclaimer reminder', async () => {
    reset();
    const { button, posted } = composer('Trots op mijn leerlingen vandaag');
    button.click();
    ({ policy } = mergePolicy({ role: 'medewerker', schoolName: 'Het Streek' }));
    context = contextFromPolicy(policy);
    ready = true;
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toEqual([]);
    expect(dialogStore.getState().shown?.props.findings.map((finding) => finding.ruleId)).toEqual(['disclaimer-herinnering']);
    expect(dialogStore.getState().shown?.props.onAddDisclaimer).toBeTypeOf('function');
  });

  it('does not wait when the defaults already find something', () => {
    reset();
    const { button, posted } = composer('Mijn BSN is 111222333');
    button.click();
    expect(posted).toEqual([]);
    expect(dialogStore.getState().shown?.props.findings[0]?.ruleId).toBe('bsn');
  });
});
