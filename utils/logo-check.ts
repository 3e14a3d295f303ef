import type { LogoFingerprint } from '../rules/logo/matcher';
import type { Pixels } from '../rules/types';
import type { Engine } from './engine-handle';
import type { ImageCheck } from './image-check';

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

/**
 * The image rules (rules/index.ts, `IMAGE_RULES`) with the school's logos, in slices. Fingerprints are
 * made once, when the first image comes (`decode` turns a logo from the policy into pixels), and kept
 * for every image after it. `engine` gives the loaded engine (in the browser it is injected on demand).
 */
export function createLogoCheck(logos: string[], decode: (logo: string) => Promise<Pixels>, engine: () => Promise<Engine>): ImageCheck {
  let fingerprints: Promise<LogoFingerprint[]> | undefined;
  const fingerprintsOnce = (fingerprintLogo: Engine['fingerprintLogo']) =>
    (fingerprints ??= Promise.allSettled(logos.map(async (logo) => fingerprintLogo(await decode(logo)))).then((results) =>
      // A logo that cannot be read is skipped; the others still count.
      results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])),
    ));
  return async (pixels, context, purpose) => {
    const { checkImage, fingerprintLogo } = await engine();
    return runInSlices(checkImage({ pixels, purpose, context, logos: await fingerprintsOnce(fingerprintLogo) }));
  };
}
