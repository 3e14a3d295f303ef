import { registerImageCheck } from '../../utils/image-check';
import { loadEngine } from '../../utils/engine-handle';
import { createLogoCheck } from '../../utils/logo-check';
import { decodeDataUrl } from '../../utils/image-decode';
import { MAX_DECODE_SIDE } from './attachments';

let active: { logos: string[]; remove(): void } | undefined;

/**
 * Keeps the logo check in step with the policy's `logos`. Without logos no check is registered, so
 * attached photos are not even decoded.
 */
export function useSchoolLogos(logos: string[]): void {
  if (active && active.logos.length === logos.length && active.logos.every((logo, index) => logo === logos[index])) return;
  active?.remove();
  active = logos.length > 0 ? { logos, remove: registerImageCheck(createLogoCheck(logos, (logo) => decodeDataUrl(logo, MAX_DECODE_SIDE), loadEngine)) } : undefined;
}
