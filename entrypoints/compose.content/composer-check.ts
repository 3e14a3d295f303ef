import { SEVERITY_RANK, sliceCharsFor, type CheckContext, type Finding } from '../../rules/types';
import { mayHoldEnglish } from '../../rules/english/function-words';
import { englishReading } from '../../rules/english/reader';
import { loadedEngine, loadEngine, loadEnglish, type Engine } from '../../utils/engine-handle';
import { recordError } from '../../utils/error-log';
import { applyCategories, type Policy } from '../../utils/policy';
import { attachmentsOf } from './attachments';
import { engineWarm, forOneTask, pause, warmedEngine } from './warm-up';

export interface ComposerCheck {
  findings: Finding[];
  blocked: boolean;
  imagesPending?: Promise<unknown>;
  /** Images whose text is still being read (the hint says "afbeelding wordt gelezen…"). */
  reading?: boolean;
}

/** A rule that threw is kept in the local log by its id (never the text); the other rules ran. */
const logRuleFailure = (ruleId: string, error: unknown) => recordError('regel', error, ruleId);


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
  // The reading of English first: the engine's warm-up checks an English text too, which must not warm it inside one task.
  await Promise.all([loadEngine(), englishIfNeeded(text)]);
  const { checkInSlices } = await warmedEngine(context);
  const attachments = attachmentsOf(editors);
  const findings = await checkInSlices(text, { ...context, post: { attachments: attachments.count } }, pause, logRuleFailure);
  return withAttachments(findings, attachments, policy);
}

function withAttachments(findings: Finding[], attachments: ReturnType<typeof attachmentsOf>, policy: Policy): ComposerCheck {
  const all = attachments.imageFindings.length > 0 ? [...findings, ...attachments.imageFindings] : findings;
  return { ...applyCategories(all, policy), imagesPending: attachments.pending, reading: attachments.reading > 0 };
}

/** Findings below a warning are listed in the dialog but do not open it on their own. */
export function needsDialog(findings: Finding[]): boolean {
  return findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing);
}
