import type { Rule, RuleMeta, Severity } from '../types';
import { lexiconHits, type LexiconKind } from './lexicon';
import { isSelfReference, isTargeted, raise } from './targeting';

const BY_SURENESS: Severity[] = ['info', 'waarschuwing', 'waarschuwing'];

/**
 * A rule over one kind of word-list entry. Message ids: `mild` (sureness 0), `woord` (1 or 2) and
 * `gericht` (aimed at someone). A kind whose every hit is serious sets `floor: 'ernstig'`.
 */
export function lexiconRule(kind: LexiconKind, meta: RuleMeta, floor?: Severity): Rule {
  return {
    meta,
    check(doc, _context, report) {
      for (const hit of lexiconHits(doc)) {
        if (hit.entry.kind !== kind) continue;
        const { sureness } = hit.entry;
        if (sureness < 2 && isSelfReference(doc, hit.firstToken)) continue;
        const targeted = isTargeted(doc, hit.firstToken, hit.lastToken);
        let severity = floor ?? BY_SURENESS[sureness]!;
        if (targeted) severity = raise(severity);
        const messageId = targeted ? 'gericht' : sureness === 0 ? 'mild' : 'woord';
        report({ messageId, start: hit.start, end: hit.end, severity });
      }
    },
  };
}
