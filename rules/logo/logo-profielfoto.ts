import { logoImageRule } from './logo-image-rule';

/** The school's logo as a new profile photo or banner (000 §8: "Plaatsen van een logo als profielfoto"). */
export default logoImageRule('profile', 'profielfoto', {
  id: 'logo-profielfoto',
  category: 'logo',
  severity: 'waarschuwing',
  protocolRef: '000 §8',
  description: "The school's logo (policy logos) as a new profile photo or banner, unless the account is one of the school's own.",
  messages: {
    profielfoto: 'Dit lijkt op het logo van {school}. Een logo hoort niet als profielfoto: kies liever een foto van jezelf.',
  },
});
