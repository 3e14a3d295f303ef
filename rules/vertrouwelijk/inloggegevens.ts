import data from '../data/vertrouwelijk.json';
import { PhraseSet } from '../phrases';
import type { Rule } from '../types';

const CREDENTIAL_WORDS = new Set(data.credentialWords);
const SYSTEMS = new PhraseSet(data.schoolSystems);
/** "wachtwoord is X", "ww: X", "pincode 1234": the word, a joiner, then something that looks like a secret. */
const SECRET_AFTER = /^\s*(?:(?:is|=|:|-|was|wordt)\s*){0,2}["'“]?([^\s"'”]{3,64})/i;
const NOT_A_SECRET = /^(?:vergeten|kwijt|veranderd|gewijzigd|aanpassen|wijzigen|resetten|nodig|niet|geen|opnieuw|sterk|zwak|lang|kort|veilig|onveilig|delen|sturen|ingevuld|fout|verkeerd|goed|ok|oke|wel|ook|van|voor|bij|in|op|met|en|of|te|de|het|een|is|was)\b/i;

/** Passwords, PIN codes and login details, especially for school systems (Magister, Somtoday, Teams…). */
const rule: Rule = {
  meta: {
    id: 'inloggegevens',
    category: 'vertrouwelijk',
    severity: 'ernstig',
    protocolRef: '000 §6',
    description: 'Passwords, PIN codes and login details written out, above all for school systems.',
    messages: {
      wachtwoord: 'Hier staat een wachtwoord of inlogcode. Deel die nooit: iemand kan dan in jouw account.',
      school: 'Hier staan inloggegevens van een schoolsysteem ({systeem}). Deel die nooit, ook niet met vrienden.',
    },
  },
  check(doc, _context, report) {
    const tokens = doc.tokens;
    for (const token of tokens) {
      if (!CREDENTIAL_WORDS.has(token.folded)) continue;
      const rest = doc.text.slice(token.end, token.end + 80);
      const secret = SECRET_AFTER.exec(rest);
      if (!secret || NOT_A_SECRET.test(secret[1]!)) continue;
      // "code" and "pin" alone are everyday words: they need a digit or a joiner before the secret.
      if ((token.folded === 'code' || token.folded === 'pin' || token.folded === 'pass') && !/[:=]|\bis\b/.test(rest.slice(0, secret.index + secret[0].length - secret[1]!.length)) && !/\d/.test(secret[1]!)) continue;
      const system = SYSTEMS.find(doc)[0];
      report({
        messageId: system ? 'school' : 'wachtwoord',
        start: token.start,
        end: token.end + secret.index + secret[0].length,
        data: system ? { systeem: doc.text.slice(system.start, system.end) } : undefined,
      });
    }
  },
};
export default rule;
