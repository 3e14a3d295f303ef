/**
 * Emoji that threaten or dehumanise without a word, in any language: read by the Dutch grammar (grammar/menace.ts,
 * grammar/ape-emoji.ts) and the English reading (rules/english/menace.ts, rules/english/analyse.ts) alike.
 */

/**
 * A weapon, blood or a hospital as emoji: with a time coming or someone aimed at, a threat without a word of violence
 * ("🔪 tot maandag @dex", "3... 2... 1... 🔪"). Not the skull or the coffin: those laugh ("ik ga dood 💀").
 */
export const ARMED_EMOJI = /[\u{1F52A}\u{1F5E1}\u{1F52B}\u{1FA93}\u{1FA78}\u{1F3E5}]/u;

/** A countdown in digits: "3... 2... 1...", "5 4 3 2 1". */
export const COUNTDOWN = /(?<!\d)3\D{1,6}2\D{1,6}1(?!\d)/;

/** A monkey or an ape as emoji: aimed at someone's origin or skin, the oldest racist insult without a word. */
export const APE_EMOJI = /[\u{1F412}\u{1F435}\u{1F98D}\u{1F9A7}]/u;
/** A banana beside the ape: the trope whole, whoever it is aimed at. */
export const BANANA_EMOJI = /\u{1F34C}/u;
/** Either kind, for the grammar's quick first look: one pass over the text. */
export const WORDLESS_SIGN = new RegExp(`${ARMED_EMOJI.source}|${APE_EMOJI.source}`, 'u');
