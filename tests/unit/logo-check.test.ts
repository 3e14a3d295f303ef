import { describe, expect, it } from 'vitest';
import { createContext } from '../../rules/engine';
import { createLogoCheck, logoFinding, runInSlices } from '../../utils/logo-check';
import { logoSearch, fingerprintLogo } from '../../rules/logo/matcher';
import { loadSampleLogo, randomSource, scene } from '../eval/images/dataset';
import { flatten } from '../eval/images/image-ops';

const logo = loadSampleLogo();
const school = { name: 'Voorbeeldcollege', aliases: [] };

describe('the logo check', () => {
  it('reports the logo in a post, and as a profile photo, in B1 Dutch', async () => {
    const check = createLogoCheck(['logo'], async () => logo);
    const context = createContext({ school });
    expect(await check(flatten(logo, [255, 255, 255]), context, 'post')).toEqual([logoFinding('Voorbeeldcollege', 'post')]);
    const [profile] = await check(logo, context, 'profile');
    expect(profile).toMatchObject({ ruleId: 'logo-profielfoto', category: 'logo', severity: 'waarschuwing', start: 0, end: 0, protocolRef: '000 §8' });
    expect(profile!.message).toBe('Dit lijkt op het logo van Voorbeeldcollege. Een logo hoort niet als profielfoto: kies liever een foto van jezelf.');
    expect(logoFinding('', 'post').message).toBe('Dit lijkt op het logo van je school. Alleen de school zelf gebruikt het logo.');
  });

  it('is quiet on a photo, on the official account, and skips logos that cannot be read', async () => {
    let decoded = 0;
    const check = createLogoCheck(['kapot', 'logo'], async (source) => {
      decoded++;
      if (source === 'kapot') throw new Error('not an image');
      return logo;
    });
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
