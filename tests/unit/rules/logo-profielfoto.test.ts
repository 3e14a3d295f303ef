import rule from '../../../rules/logo/logo-profielfoto';
import { fingerprintLogo } from '../../../rules/logo/matcher';
import { loadSampleLogo, randomSource, scene } from '../../eval/images/dataset';
import { blank, flatten, hueRotate, resize } from '../../eval/images/image-ops';
import { testImageRule } from './rule-tester';

const logo = loadSampleLogo();
const logos = [fingerprintLogo(logo)];
const school = { name: 'Voorbeeldcollege' };

testImageRule(rule, logos, {
  valid: [
    { name: 'a photo of someone’s holiday', pixels: scene(randomSource(5), 400, 400), school },
    { name: 'a plain colour', pixels: blank(400, 400, [30, 90, 160]), school },
    { name: 'the logo on one of the school’s own accounts', pixels: logo, school: { ...school, isOfficialAccount: true } },
  ],
  invalid: [
    { name: 'the logo as it is', pixels: logo, school, found: [{ messageId: 'profielfoto', severity: 'waarschuwing' }] },
    { name: 'the logo, small', pixels: resize(flatten(logo, [255, 255, 255]), 64, 74), school, found: [{ messageId: 'profielfoto' }] },
    { name: 'the logo in other colours', pixels: hueRotate(flatten(logo, [255, 255, 255]), 150), found: [{ messageId: 'profielfoto' }] },
  ],
});
