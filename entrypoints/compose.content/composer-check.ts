import { SEVERITY_RANK, sliceCharsFor, type CheckContext, type Finding } from '../../rules/types';
import { mayHoldEnglish } from '../../rules/english/function-words';
import { englishReading } from '../../rules/english/reader';
import { loadedEngine, loadEngine, loadEnglish, type Engine } from '../../utils/engine-handle';
import { recordError } from '../../utils/error-log';
import { applyCategories, type Policy } from '../../utils/policy';
import { warmUpWhile, type WarmUpStep } from '../../rules/lazy';
import { attachmentsOf } from './attachments';

export interface ComposerCheck {
  findings: Finding[];
  blocked: boolean;
  imagesPending?: Promise<unknown>;
  /** Images whose text is still being read (the hint says "afbeelding wordt gelezen…"). */
  reading?: boolean;
}

/** A rule that threw is kept in the local log by its id (never the text); the other rules ran. */
const logRuleFailure = (ruleId: string, error: unknown) => recordError('regel', error, ruleId);

/** Hands the page's thread back between pieces of a long check. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What one task of warming up may take when the page may be busy: far under a long task (50 ms), also on a slow school laptop. */
const WARM_UP_TASK_MS = 8;
/**
 * What one task may take in an idle moment that offers more, or while a post waits for the warm-up: one piece of
 * a list may run ~20 ms past it, and the task still stays under a long task.
 */
const LONGER_TASK_MS = 20;

/** Time left in a warm-up task of `ms` that starts now. */
function forOneTask(ms = WARM_UP_TASK_MS): () => boolean {
  const until = performance.now() + ms;
  return () => performance.now() < until;
}

/** The reading of English is here and has built what it needs: reading a short post is then quick. */
function englishReady(): boolean {
  return englishReading()?.warmedUp() === true;
}

/**
 * Cannot be checked within the event that posts it: too long for one task (shorter when the post may hold
 * English), the engine is not loaded or not warmed up yet (a check would build its lists in one long task:
 * ~0.4 s in Chromium here, more on a school laptop), or the post may hold English and the reading of English
 * is not here (or not warmed up) yet. {@link checkComposerInSlices} waits for what is missing and checks in pieces.
 */
export function mustWait(text: string, editors: Element[]): boolean {
  if (text.length > sliceCharsFor(text)) return true;
  if (!englishReady() && mayHoldEnglish(text)) return true;
  return !engineWarm() && (text.trim() !== '' || attachmentsOf(editors).count > 0);
}

/**
 * The reading of English, for a post that may hold it, warmed up in tasks of a few milliseconds. If it
 * cannot be loaded, the post is checked without it (the error kept locally): the Dutch rules still run.
 */
async function englishIfNeeded(text: string): Promise<void> {
  if (englishReady() || !mayHoldEnglish(text)) return;
  try {
    const reading = await loadEnglish();
    while (reading.warmUp(forOneTask())) await pause();
  } catch (error) {
    recordError('english', error);
  }
}

function engineNow(): Engine {
  const engine = loadedEngine();
  if (!engine) throw new Error('EngineNotLoaded');
  return engine;
}

/**
 * Findings for one composer: its text, its attachments and what the image checks found in them, as the
 * school's policy wants them (categories off, info-only or blocking).
 */
export function checkComposer(text: string, editors: Element[], context: CheckContext, policy: Policy): ComposerCheck {
  const attachments = attachmentsOf(editors);
  if (text.trim() === '' && attachments.count === 0) return { findings: [], blocked: false };
  const findings = engineNow().check(text, { ...context, post: { attachments: attachments.count } }, undefined, logRuleFailure);
  return withAttachments(findings, attachments, policy);
}

/**
 * {@link checkComposer} for long texts and for a first check before the engine (or the reading of English)
 * was loaded: the same findings, in pieces that keep the page responsive.
 */
export async function checkComposerInSlices(text: string, editors: Element[], context: CheckContext, policy: Policy): Promise<ComposerCheck> {
  const [{ checkInSlices }] = await Promise.all([loadEngine(), englishIfNeeded(text)]);
  await finishWarmUp(context);
  const attachments = attachmentsOf(editors);
  const findings = await checkInSlices(text, { ...context, post: { attachments: attachments.count } }, pause, logRuleFailure);
  return withAttachments(findings, attachments, policy);
}

function withAttachments(findings: Finding[], attachments: ReturnType<typeof attachmentsOf>, policy: Policy): ComposerCheck {
  const all = attachments.imageFindings.length > 0 ? [...findings, ...attachments.imageFindings] : findings;
  return { ...applyCategories(all, policy), imagesPending: attachments.pending, reading: attachments.reading > 0 };
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
function engineWarm(): boolean {
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

/** Runs a task in the next idle moment, telling it how many milliseconds that moment offers (0 when none came in time). */
export type WhenIdle = (task: (offeredMs?: number) => void) => void;

/**
 * Builds the loaded engine's lists in the browser's idle time, as much of each idle moment as it offers (up to
 * {@link LONGER_TASK_MS}), a few milliseconds when the page is busy. When all is built, the first real check
 * builds nothing.
 */
export function warmUp(context: () => CheckContext, whenIdle: WhenIdle): void {
  const next = () =>
    whenIdle((offeredMs = 0) => warmUpWhileTime(context, forOneTask(Math.min(LONGER_TASK_MS, Math.max(WARM_UP_TASK_MS, offeredMs)))) && next());
  next();
}

/**
 * What the warm-up has not built yet, in tasks of a few milliseconds: a text checked in slices right after the
 * engine loaded (before the idle moments came) then builds no list inside a slice.
 */
async function finishWarmUp(context: CheckContext): Promise<void> {
  while (warmUpWhileTime(() => context, forOneTask(LONGER_TASK_MS))) await pause();
}

/** Findings below a warning are listed in the dialog but do not open it on their own. */
export function needsDialog(findings: Finding[]): boolean {
  return findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing);
}
