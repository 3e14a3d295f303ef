import type { TextDocument } from '../document';
import type { Rule, RuleMeta, Severity } from '../types';
import { lexiconHits, type LexiconKind } from './lexicon';
import { patternHits } from './patterns';
import { isCounterSpeech, isNegatedBefore, isSelfReference, isTargeted, raise, hasInsultingModifier } from './targeting';

const BY_SURENESS: Severity[] = ['info', 'waarschuwing', 'waarschuwing'];

interface Hit {
  kind: LexiconKind;
  sureness: 0 | 1 | 2;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  /** From a phrase pattern (which carries its own context) rather than a single word. */
  phrase: boolean;
  quoted?: boolean;
  needsTarget?: boolean;
}

/** Word-list and pattern hits of this family, computed once per document. */
function familyHits(doc: TextDocument): Hit[] {
  return doc.shared('belediging:hits', () => [
    ...lexiconHits(doc).map((hit) => ({
      kind: hit.entry.kind,
      sureness: hit.entry.sureness,
      firstToken: hit.firstToken,
      lastToken: hit.lastToken,
      start: hit.start,
      end: hit.end,
      phrase: hit.entry.match === 'phrase',
      quoted: hit.quoted,
      needsTarget: hit.entry.needsTarget,
    })),
    ...patternHits(doc).map((hit) => ({ ...hit, phrase: true })),
  ]);
}

/** Is a single-word hit used, rather than mentioned, negated or meant kindly? */
function isUsed(doc: TextDocument, hit: Hit, targeted: boolean): boolean {
  if (hit.phrase) return true;
  if (hit.quoted) return false;
  if (hit.kind !== 'bedreiging' && isCounterSpeech(doc)) return false;
  if (isNegatedBefore(doc, hit.firstToken)) return false;
  if (hit.sureness < 2 && isSelfReference(doc, hit.firstToken)) return false;
  if (hit.needsTarget) {
    const alone = doc.tokens.length <= 2;
    return targeted || alone || hasInsultingModifier(doc, hit.firstToken);
  }
  return true;
}

/**
 * A rule over one kind of hit. Message ids: `mild` (sureness 0), `woord` (1 or 2) and `gericht` (aimed
 * at someone). A kind whose every hit is serious sets `floor: 'ernstig'`.
 */
export function lexiconRule(kind: LexiconKind, meta: RuleMeta, floor?: Severity): Rule {
  return {
    meta,
    check(doc, _context, report) {
      for (const hit of familyHits(doc)) {
        if (hit.kind !== kind) continue;
        const targeted = isTargeted(doc, hit.firstToken, hit.lastToken, hit.phrase);
        if (!isUsed(doc, hit, targeted)) continue;
        let severity = floor ?? BY_SURENESS[hit.sureness]!;
        if (targeted) severity = raise(severity);
        const messageId = targeted ? 'gericht' : hit.sureness === 0 ? 'mild' : 'woord';
        report({ messageId, start: hit.start, end: hit.end, severity });
      }
    },
  };
}
