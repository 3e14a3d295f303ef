import { expect, it } from 'vitest';
import { checkImage, createContext } from '../../../rules/engine';
import rule from '../../../rules/logo/logo';
import { fingerprintLogo } from '../../../rules/logo/matcher';
import { loadSampleLogo, randomSource, scene, screenshot } from '../../eval/images/dataset';
import { flatten, greyscale, paste, resize } from '../../eval/images/image-ops';
import { testImageRule } from './rule-tester';

const logo = loadSampleLogo();
const logos = [fingerprintLogo(logo)];
const school = { name: 'Voorbeeldcollege' };
const inPhoto = () => paste(scene(randomSource(7), 900, 700), resize(logo, 340, 396), 420, 180);

testImageRule(rule, logos, {
  valid: [
    { name: 'a photo', pixels: scene(randomSource(2), 600, 400), school },
    { name: 'a screenshot', pixels: screenshot(randomSource(3), 800, 600), school },
    { name: 'the logo, posted by one of the school’s own accounts', pixels: logo, school: { ...school, isOfficialAccount: true } },
  ],
  invalid: [
    { name: 'the logo on white', pixels: flatten(logo, [255, 255, 255]), school, found: [{ messageId: 'logo', severity: 'waarschuwing' }] },
    { name: 'the logo in grey', pixels: greyscale(flatten(logo, [255, 255, 255])), school, found: [{ messageId: 'logo' }] },
    { name: 'the logo in a photo', pixels: inPhoto(), found: [{ messageId: 'logo' }] },
  ],
});

it('names the school in its message, or "je school" without a name; and looks only at photos in posts', () => {
  const run = (schoolName: string, purpose: 'post' | 'profile') => {
    const steps = checkImage({ pixels: logo, purpose, context: createContext({ school: { name: schoolName } }), logos }, [rule]);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value.map((finding) => finding.message);
    }
  };
  expect(run('Voorbeeldcollege', 'post')).toEqual(['Dit lijkt op het logo van Voorbeeldcollege. Alleen de school zelf gebruikt het logo.']);
  expect(run(' ', 'post')).toEqual(['Dit lijkt op het logo van je school. Alleen de school zelf gebruikt het logo.']);
  expect(run('Voorbeeldcollege', 'profile')).toEqual([]);
});
