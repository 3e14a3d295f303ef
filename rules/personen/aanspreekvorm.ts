import data from '../data/aanspreekvormen.json';
import type { Token } from '../../utils/normalise/pipeline';
import type { Rule } from '../types';

const TITLES = new Set(data.titles.map((title) => title.normalize('NFD').replace(/\p{M}/gu, '')));
const PARTICLES = new Set(data.particles);
const NOT_NAMES = new Set(data.notNames);
const MAX_PARTICLES = 3;

function isNameWord(token: Token | undefined): token is Token {
  return !!token && token.hasLetter && token.capitalised && !NOT_NAMES.has(token.folded);
}

/** A school title followed by a name: "meneer Jansen", "juf Sanne", "mevrouw van der Berg". */
const rule: Rule = {
  meta: {
    id: 'aanspreekvorm',
    category: 'personen',
    severity: 'info',
    protocolRef: '001 §2.2',
    description: 'Teachers and staff named with a title (meneer, mevrouw, juf, meester, dhr., mentor + name).',
    messages: {
      naam: 'Je noemt {naam} bij naam. Vindt diegene het goed dat dit online komt?',
    },
  },
  check(doc, context, report) {
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length - 1; i++) {
      const title = tokens[i]!;
      if (!TITLES.has(title.folded) && !TITLES.has(title.skeleton)) continue;
      let next = i + 1;
      while (next < tokens.length && next - i <= MAX_PARTICLES && PARTICLES.has(tokens[next]!.folded)) next++;
      const name = tokens[next];
      if (!isNameWord(name)) continue;
      // A capital after a particle is the surname ("van Dijk"); directly after the title any capital counts.
      report({
        messageId: 'naam',
        start: title.start,
        end: name.end,
        severity: context.role === 'medewerker' ? 'waarschuwing' : 'info',
        data: { naam: doc.text.slice(title.start, name.end) },
      });
      i = next;
    }
  },
};
export default rule;
