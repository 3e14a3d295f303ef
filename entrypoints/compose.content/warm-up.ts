import type { CheckContext } from '../../rules/types';
import { warmUpWhile, type WarmUpStep } from '../../rules/lazy';
import { loadedEngine, loadEngine, type Engine } from '../../utils/engine-handle';
import { recordError } from '../../utils/error-log';

/**
 * Warming the engine up: its lists are built in tasks of a few milliseconds after it loads, so no check builds
 * them in one long task. A check that comes before the warm-up is done finishes it first ({@link warmedEngine}).
 */

/** A rule that threw while warming up is kept in the local log by its id (never the text). */
const logRuleFailure = (ruleId: string, error: unknown) => recordError('regel', error, ruleId);

/** Hands the page's thread back between pieces of a long check. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * What one task of warming up may take: one piece of a list may run ~20 ms past it (and a garbage collection more),
 * so this stays far under a long task (50 ms), also on a slow school laptop. Longer tasks (20 ms) made long tasks.
 */
const WARM_UP_TASK_MS = 8;

/** Time left in a warm-up task of `ms` that starts now. */
export function forOneTask(ms = WARM_UP_TASK_MS): () => boolean {
  const until = performance.now() + ms;
  return () => performance.now() < until;
}

/**
 * Texts that make every part of the engine build its lists (names, word lists, the grammar's classes,
 * the number rules), so a pupil's first post does not pay for it in one long task.
 */
const WARM_UP_TEXTS = [
  'Daan',
  'jij bent een kankerlijer',
  'ik haat die Polen, die moeten weg',
  'Mijn BSN is 111222333, bel 0612345678',
  // A longer text: the rules' loops run often enough to be compiled before a long post is checked in slices.
  'Wat een mooie dag gehad met de klas in het museum, iedereen was blij. '.repeat(10) + 'Jij bent een kankerlijer.',
  // English words through the Dutch rules (unknown words take their own paths): a long English post is then no cold start.
  'We went to the beach after school and honestly it was the best day of the year, thanks for the photos and see you all tomorrow. '.repeat(3),
];

/** How many warm-up steps have run (see {@link warmUp}); the idle chain and a check in slices share it. */
let warmed = 0;

/**
 * Warms the loaded engine up while `timeLeft()`: first its biggest lists (`warmUpSteps`, built piece by piece),
 * then each rule alone on each warm-up text, building only its own small lists. False when nothing is left.
 */
function warmUpWhileTime(context: () => CheckContext, timeLeft: () => boolean): boolean {
  const engine = loadedEngine();
  if (!engine) return false;
  const steps = warmUpStepsOf(engine);
  contextNow = context;
  warmed = warmUpWhile(steps, warmed, timeLeft, (error) => recordError('warm-up', error));
  return warmed < steps.length;
}

/** The loaded engine has built all it needs: a check of a short post then builds nothing and fits in one task. */
export function engineWarm(): boolean {
  const engine = loadedEngine();
  return engine !== undefined && warmed >= warmUpStepsOf(engine).length;
}

/** The context the warm-up's rule steps check with: that of the caller running them now. */
let contextNow: () => CheckContext;

/** The engine's warm-up steps, made once per engine (the idle chain asks for them every few milliseconds). */
const stepsByEngine = new WeakMap<Engine, WarmUpStep[]>();
function warmUpStepsOf(engine: Engine): WarmUpStep[] {
  let steps = stepsByEngine.get(engine);
  if (!steps) {
    const { warmUpSteps, rules, check } = engine;
    // A rule's first run on a text is its slowest (its code is not compiled yet): one text a step.
    const ruleSteps = rules.flatMap((rule) => WARM_UP_TEXTS.map((text) => () => check(text, contextNow(), [rule], logRuleFailure)));
    stepsByEngine.set(engine, (steps = [...warmUpSteps, ...ruleSteps]));
  }
  return steps;
}

/** The idle chain runs (once per page: the engine comes once). */
let warming = false;

/** Runs a task in the next idle moment (or soon after, when none comes). */
export type WhenIdle = (task: () => void) => void;

/**
 * Builds the loaded engine's lists in the browser's idle time, a few milliseconds per idle moment. When all is
 * built, the first real check builds nothing.
 */
export function warmUp(context: () => CheckContext, whenIdle: WhenIdle): void {
  if (warming) return;
  warming = true;
  const next = () => whenIdle(() => warmUpWhileTime(context, forOneTask()) && next());
  next();
}

/**
 * What the warm-up has not built yet, in tasks of a few milliseconds: a text checked in slices right after the
 * engine loaded (before the idle moments came) then builds no list inside a slice.
 */
async function finishWarmUp(context: CheckContext): Promise<void> {
  while (warmUpWhileTime(() => context, forOneTask())) await pause();
}

/** The engine with its lists built: loaded if need be, then what the warm-up has not built yet, in short tasks. */
export async function warmedEngine(context: CheckContext): Promise<Engine> {
  const engine = await loadEngine();
  await finishWarmUp(context);
  return engine;
}
