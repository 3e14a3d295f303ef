import { describe, expect, it } from 'vitest';
import { createContext } from '../../rules/engine';
import { ENGINE } from '../../entrypoints/engine';
import { createLogoCheck, runInSlices } from '../../utils/logo-check';
import { logoSearch, fingerprintLogo } from '../../rules/logo/matcher';
import { loadSampleLogo, randomSource, scene } from '../eval/images/dataset';
import { flatten } from '../eval/images/image-ops';

const logo = loadSampleLogo();
const school = { name: 'Voorbeeldcollege', aliases: [] };

describe('the logo check', () => {
  it('runs the image rules with the school’s logos: the logo in a post, and as a profile photo', async () => {
    const check = createLogoCheck(['logo'], async () => logo, async () => ENGINE);
    const context = createContext({ school });
    expect(await check(flatten(logo, [255, 255, 255]), context, 'post')).toMatchObject([
      { ruleId: 'logo', messageId: 'logo', category: 'logo', severity: 'waarschuwing', start: 0, end: 0, protocolRef: '000 §8' },
    ]);
    expect(await check(logo, context, 'profile')).toMatchObject([{ ruleId: 'logo-profielfoto', messageId: 'profielfoto' }]);
  });

  it('is quiet on a photo, on the official account, and skips logos that cannot be read', async () => {
    let decoded = 0;
    const check = createLogoCheck(['kapot', 'logo'], async (source) => {
      decoded++;
      if (source === 'kapot') throw new Error('not an image');
      return logo;
    }, async () => ENGINE);
    expect(await check(scene(randomSource(2), 600, 400), createContext({ school }), 'post')).toEqual([]);
    expect(await check(logo, createContext({ school: { ...school, isOfficialAccount: true } }), 'post')).toEqual([]);
    expect(await check(logo, createContext({ school }), 'post')).toHaveLength(1);
    // Fingerprints are made once, not per image.
    expect(decoded).toBe(2);
  });

  it('runs a search in slices with pauses, with the same result', async () => {
    const fingerprints = [fingerprintLogo(logo)];
    const sliced = await runInSlices(logoSearch(logo, fingerprints));
    expect(sliced?.logo).toBe(0);
  });
});
