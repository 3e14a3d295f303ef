import { lexiconRule } from './lexicon-rule';

/** Curses, including the Dutch disease curses (kanker, tering, tyfus) and their compounds. */
export default lexiconRule('vloek', {
  id: 'vloeken',
  category: 'belediging',
  severity: 'waarschuwing',
  protocolRef: '001 leerlingen',
  description: 'Curses and disease curses, also inside compounds and typed with tricks (k4nk3r, k a n k e r).',
  messages: {
    mild: 'Dit woord is wat grof. Past het bij wat je wilt zeggen?',
    woord: 'Hier staat een vloek of een grof woord. Veel mensen vinden dat kwetsend.',
    gericht: 'Je gebruikt een vloek tegen iemand. Dat kan diegene flink raken.',
  },
});
