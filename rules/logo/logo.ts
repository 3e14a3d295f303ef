import { logoImageRule } from './logo-image-rule';

/** The school's logo in a photo attached to a post (000 §8: "Het gebruiken van logo's … zonder toestemming"). */
export default logoImageRule('post', 'logo', {
  id: 'logo',
  category: 'logo',
  severity: 'waarschuwing',
  protocolRef: '000 §8',
  description: "The school's logo (policy logos) in a photo attached to a post, unless the account is one of the school's own.",
  messages: {
    logo: 'Dit lijkt op het logo van {school}. Alleen de school zelf gebruikt het logo.',
  },
});
