import type { TextDocument } from '../../document';
import type { PhraseMatch } from '../../phrases';
import { APE_EMOJI, BANANA_EMOJI } from '../menace-signs';
import { type Attack, framedIn, type Reading, sentenceSpans } from './reading';
import { pointsAtSomeone } from './threats';

/**
 * A monkey or an ape as emoji aimed at someone's origin or skin ("die nieuwe jongen uit Ghana 🐒", "zwarte piet 🐵"):
 * dehumanising without a word. In a sentence with a group word, a skin colour or someone from a country ("uit Ghana");
 * with a banana beside it, at anyone named or addressed. Not when it is told of, condemned or reported ("iemand zette
 * 🐒 onder mijn foto, dat is racisme").
 */
const SKIN = new Set(['zwart', 'zwarte', 'zwartje', 'zwartjes', 'donker', 'donkere', 'bruin', 'bruine', 'kleur', 'huidskleur']);
const TOLD_OF = ['nieuws', 'tegenspraak', 'meld', 'citaat'] as const;

export function apeEmoji(read: Reading, doc: TextDocument, report: (attack: Attack, cue: PhraseMatch) => void): void {
  if (!APE_EMOJI.test(doc.text)) return;
  const { classes, targets } = read;
  const readings = classes.readings;
  const tokens = doc.tokens;
  const { count, startOf, textOf, around } = sentenceSpans(read, doc);
  for (let sentence = 0; sentence < count; sentence++) {
    const from = startOf(sentence);
    const to = startOf(sentence + 1);
    const text = textOf(from, to);
    if (!APE_EMOJI.test(text) || to <= from) continue;
    const { first, last } = around(sentence);
    if (framedIn(read, first, last, TOLD_OF)) continue;
    let origin = -1;
    for (let i = from; i < to && origin < 0; i++) {
      if (targets[i]?.type === 'groep' || SKIN.has(readings[i]!)) origin = i;
      // "uit Ghana": a country, typed with a capital.
      else if (readings[i] === 'uit' && tokens[i + 1]?.capitalised === true && i + 1 < to) origin = i + 1;
    }
    const trope = BANANA_EMOJI.test(text) && pointsAtSomeone(classes, targets, from, to);
    if (origin < 0 && !trope) continue;
    const at = origin >= 0 ? origin : from;
    report('ontmenselijking', { firstToken: at, lastToken: at } as PhraseMatch);
    return;
  }
}
