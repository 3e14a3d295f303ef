/** Dutch sentences the way pupils and staff write posts; the bench builds texts of any length from them. */
export const CLEAN_SENTENCES = [
  'Wat een mooie dag gehad met de klas in het Rijksmuseum!',
  'Wie gaat er morgen mee naar de schoolmusical? Het begint om half acht.',
  'Succes allemaal met de toetsweek, jullie kunnen het 💪',
  'Vandaag eindelijk mijn profielwerkstuk ingeleverd, wat een opluchting.',
  'De kantine heeft weer tosti’s, dus ik ben blij haha',
  'Trots op ons team: we wonnen de voetbalwedstrijd met 3-1.',
  'Kan iemand mij uitleggen hoe die opdracht van aardrijkskunde werkt?',
  'Het was echt gezellig op het schoolfeest, tot volgend jaar!',
  'Ik heb zin in de vakantie, nog twee weken volhouden.',
  'Dank aan iedereen die heeft geholpen met de open dag 🙏',
];

export const RISKY_SENTENCES = [
  'jij bent echt een k4nk3rlijer, niemand vindt jou leuk',
  'Mijn BSN is 111222333, kun je dat even invullen?',
  'bel me op 06-12345678 als je mee wilt',
  'meneer Jansen is echt een sukkel',
];

/** About `length` characters of text, built by cycling through the sentences. */
export function textOf(sentences: readonly string[], length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? ' ' : '') + sentences[i % sentences.length];
  return text.slice(0, length);
}
