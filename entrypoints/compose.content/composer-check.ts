import { SEVERITY_RANK, sliceCharsFor, type CheckContext, type Finding } from '../../rules/types';
import { mayHoldEnglish } from '../../rules/english/function-words';
import { englishReading } from '../../rules/english/reader';
import { loadedEngine, loadEngine, loadEnglish, type Engine } from '../../utils/engine-handle';
import { recordError } from '../../utils/error-log';
import { applyCategories, type Policy } from '../../utils/policy';
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

/** The reading of English is here and has built what it needs: reading a short post is then quick. */
function englishReady(): boolean {
  return englishReading()?.warmedUp() === true;
}

/**
 * Cannot be checked within the event that posts it: too long for one task (shorter when the post may hold
 * English), the engine is not loaded yet (nobody focused the editor before posting), or the post may hold
 * English and the reading of English is not here (or not warmed up) yet. {@link checkComposerInSlices}
 * waits for what is missing and checks in pieces.
 */
export function mustWait(text: string, editors: Element[]): boolean {
  if (text.length > sliceCharsFor(text)) return true;
  if (!englishReady() && mayHoldEnglish(text)) return true;
  return !loadedEngine() && (text.trim() !== '' || attachmentsOf(editors).count > 0);
}

/**
 * The reading of English, for a post that may hold it, with its warm-up steps run a task each. If it
 * cannot be loaded, the post is checked without it (the error kept locally): the Dutch rules still run.
 */
async function englishIfNeeded(text: string): Promise<void> {
  if (englishReady() || !mayHoldEnglish(text)) return;
  try {
    const reading = await loadEnglish();
    while (!reading.warmedUp()) {
      reading.warmUpStep();
      await pause();
    }
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
  if (text.length > sliceCharsFor(text)) await finishWarmUp(context);
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
];

/** How many warm-up pieces have run (see {@link warmUp}); the idle chain and a check in slices share it. */
let warmed = 0;

/** Runs the next warm-up piece, if the engine is here and one is left; false when none is left. */
function warmUpPiece(context: () => CheckContext): boolean {
  const engine = loadedEngine();
  if (!engine) return false;
  const { warmUpSteps, rules, check } = engine;
  const pieces = warmUpSteps.length + rules.length;
  if (warmed >= pieces) return false;
  const index = warmed++;
  try {
    if (index < warmUpSteps.length) warmUpSteps[index]!();
    else for (const text of WARM_UP_TEXTS) check(text, context(), [rules[index - warmUpSteps.length]!], logRuleFailure);
  } catch (error) {
    recordError('warm-up', error);
  }
  return warmed < pieces;
}

/**
 * Builds the loaded engine's lists in the browser's idle time, one bounded piece per idle moment. The rules
 * build what they need on first use (rules/lazy.ts): first each of the biggest lists is built on its own
 * (`warmUpSteps`), then each rule runs alone on the warm-up texts, building only its own small lists. When
 * every piece has run, the first real check builds nothing.
 */
export function warmUp(context: () => CheckContext, whenIdle: (task: () => void) => void): void {
  const next = () => whenIdle(() => warmUpPiece(context) && next());
  next();
}

/**
 * The warm-up pieces not yet run, a task each: a text checked in slices right after the engine loaded (before
 * the idle moments came) then builds no list inside a slice. Short texts are checked at once, as before.
 */
async function finishWarmUp(context: CheckContext): Promise<void> {
  while (warmUpPiece(() => context)) await pause();
}

/** Findings below a warning are listed in the dialog but do not open it on their own. */
export function needsDialog(findings: Finding[]): boolean {
  return findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing);
}
