import data from '../data/vertrouwelijk.json';
import { PhraseSet, type PhraseMatch } from '../phrases';
import type { Rule } from '../types';

const CREDENTIAL_WORDS = new Set(data.credentialWords);
const SYSTEMS = new PhraseSet(data.schoolSystems);
/** "wachtwoord is X", "ww: X", "pincode 1234": the word, a joiner, then something that looks like a secret. */
const SECRET_AFTER = /^\s*(?:(?:is|=|:|-|was|wordt)\s*){0,2}["'“]?([^\s"'”]{3,64})/i;
/** "wachtwoord van mijn somtoday is X": a few words, then a joiner; the secret must then hold a digit or symbol. */
const SECRET_AFTER_WORDS = /^\s*(?:[^\s:=]+\s+){0,5}?[^\s:=]+\s*(?:\bis\b|=|:)\s*["'“]?([^\s"'”]{3,64})/i;
const LOOKS_SECRET = /[\d!@#$%^&*_+]/;
const WEAK_WORDS = new Set(data.weakCredentialWords);
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
    // Once per text, not per password: a paste of a thousand "wachtwoord: …" lines stays linear.
    let system: PhraseMatch | undefined | null = null;
    for (const token of tokens) {
      if (!CREDENTIAL_WORDS.has(token.folded)) continue;
      const rest = doc.text.slice(token.end, token.end + 80);
      let secret = SECRET_AFTER.exec(rest);
      const joiner = secret ? rest.slice(0, secret[0].length - secret[1]!.length) : '';
      // "wachtwoord-tip": a bare dash joins only a secret that looks like one.
      if (secret && !/[:=]|\bis\b|\bwas\b|\bwordt\b/.test(joiner) && !LOOKS_SECRET.test(secret[1]!)) secret = null;
      if (!secret || NOT_A_SECRET.test(secret[1]!)) {
        secret = SECRET_AFTER_WORDS.exec(rest);
        if (!secret || NOT_A_SECRET.test(secret[1]!) || !LOOKS_SECRET.test(secret[1]!)) continue;
      }
      // "code" and "pin" are everyday words ("code van de les: H4.2"): their secret is four to eight digits.
      if (WEAK_WORDS.has(token.folded) && !/^\d{4,8}\W*$/.test(secret[1]!)) continue;
      if (system === null) system = SYSTEMS.find(doc)[0];
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
