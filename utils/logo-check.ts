import type { Finding } from '../rules/types';
import type { ImagePurpose, Pixels } from '../rules/types';
import type { ImageCheck } from './image-check';
import { fingerprintLogo, logoSearch, type LogoFingerprint } from '../rules/logo/matcher';

/** One step of the search takes a few milliseconds; after this long the page gets its turn again. */
const SLICE_MS = 8;

/** Runs stepped work in slices, handing the thread back between slices (typing never waits long). */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
}

const MESSAGES: Record<ImagePurpose, (school: string) => string> = {
  post: (school) => `Dit lijkt op het logo van ${school}. Alleen de school zelf gebruikt het logo.`,
  profile: (school) =>
    `Dit lijkt op het logo van ${school}. Een logo hoort niet als profielfoto: kies liever een foto van jezelf.`,
};

/** The finding for a logo in an image; it is about the image, so it has no place in the text. */
export function logoFinding(schoolName: string, purpose: ImagePurpose): Finding {
  return {
    ruleId: purpose === 'profile' ? 'logo-profielfoto' : 'logo',
    category: 'logo',
    severity: 'waarschuwing',
    start: 0,
    end: 0,
    messageId: 'logo',
    message: MESSAGES[purpose](schoolName.trim() || 'je school'),
    // 000 §8: "Plaatsen van een logo als profielfoto … Het gebruiken van logo's … zonder toestemming".
    protocolRef: '000 §8',
  };
}

/**
 * The image check for the school's logos. Fingerprints are made once, when the first image comes
 * (`decode` turns a logo from the policy into pixels), and kept for every image after it.
 */
export function createLogoCheck(logos: string[], decode: (logo: string) => Promise<Pixels>): ImageCheck {
  let fingerprints: Promise<LogoFingerprint[]> | undefined;
  const fingerprintsOnce = () =>
    (fingerprints ??= Promise.allSettled(logos.map(async (logo) => fingerprintLogo(await decode(logo)))).then((results) =>
      // A logo that cannot be read is skipped; the others still count.
      results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])),
    ));
  return async (pixels, context, purpose) => {
    // The school's own accounts are where the logo belongs.
    if (context.school.isOfficialAccount) return [];
    const match = await runInSlices(logoSearch(pixels, await fingerprintsOnce()));
    return match ? [logoFinding(context.school.name, purpose)] : [];
  };
}
