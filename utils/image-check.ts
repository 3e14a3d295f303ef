import type { CheckContext, Finding, ImagePurpose, Pixels } from '../rules/types';

/**
 * A check on one attached image; pure (pixels in, findings out) so it runs in Node for tests too. It may
 * take its time in small steps, so that a page stays responsive while it runs.
 */
export type ImageCheck = (pixels: Pixels, context: CheckContext, purpose: ImagePurpose) => Promise<Finding[]>;

const imageChecks: ImageCheck[] = [];

/** Adds a check (the logo matcher is one); returns a function that removes it again. */
export function registerImageCheck(check: ImageCheck): () => void {
  imageChecks.push(check);
  return () => {
    const index = imageChecks.indexOf(check);
    if (index !== -1) imageChecks.splice(index, 1);
  };
}

/** Without checks there is nothing to decode images for: attaching then costs nothing. */
export function hasImageChecks(): boolean {
  return imageChecks.length > 0;
}

export async function runImageChecks(pixels: Pixels, context: CheckContext, purpose: ImagePurpose): Promise<Finding[]> {
  const results = await Promise.all(imageChecks.map((check) => check(pixels, context, purpose)));
  return results.flat();
}
