/**
 * `npm run data:misspelt`: writes rules/data/geen-spelfout.json, the slips of attack words that are real
 * Dutch words ("gemeenste" without its s is "gemeente"), so the grammar never reads them as the attack word
 * (rules/belediging/grammar/misspelt.ts). Needs the Debian word list /usr/share/dict/dutch (`apt-get install
 * wdutch`; OpenTaal, BSD or CC-BY 3.0); only the derived list ships. Run after `npm run data:grammar`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { looselyMetWords } from '../../rules/belediging/grammar/words';
import { misspeltVariants } from '../../rules/belediging/grammar/misspelt';
import { frontCodeText } from '../../rules/front-coding';
import { skeletonOf } from '../../rules/normalise/pipeline';

const OUTPUT = new URL('../../rules/data/geen-spelfout.json', import.meta.url);
const dutch = new Set(
  readFileSync('/usr/share/dict/dutch', 'utf8')
    .split('\n')
    .map((word) => word.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f'’]/g, ''))
    .filter((word) => /^[a-z]+$/.test(word)),
);
const dutchSkeletons = new Set([...dutch].map(skeletonOf));
const real = new Set<string>();
const ambiguous = new Set<string>();
for (const word of looselyMetWords()) {
  for (const variant of misspeltVariants(word)) {
    if (dutch.has(variant)) real.add(variant);
    // The reading wakes by skeleton ("gehaad" and "gehad" are one): a skeleton of a real word wakes nothing.
    else if (dutchSkeletons.has(skeletonOf(variant))) ambiguous.add(skeletonOf(variant));
  }
}
const words = [...real].sort();
writeFileSync(
  OUTPUT,
  JSON.stringify({
    about: 'Slips of the grammar\'s attack words (one letter left out, two swapped) that are real Dutch words (woorden) or share their skeleton with one (skeletten), derived by utils/cli/build-misspelt-data.ts from OpenTaal\'s word list (/usr/share/dict/dutch, BSD or CC-BY 3.0). Front-coded.',
    woorden: frontCodeText(words),
    skeletten: frontCodeText([...ambiguous].sort()),
  }) + '\n',
);
console.log(`${words.length} echte woorden, ${ambiguous.size} skeletten → rules/data/geen-spelfout.json`);
