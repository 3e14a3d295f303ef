import { useEffect, useRef } from 'preact/hooks';
import type { ImageRegion } from '../rules/ocr/layout';
import type { Pixels } from '../rules/types';

/** The thumbnail is shown at most this wide or high (CSS pixels). */
const MAX_SIDE = 220;

/**
 * The attached image, small, with the regions of a finding outlined: the pupil sees what was found in it.
 * Drawn on a canvas from the decoded pixels (no image URL the site's policy could block).
 */
export function ImageMark({ pixels, regions, label }: { pixels: Pixels; regions: ImageRegion[]; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.putImageData(new ImageData(new Uint8ClampedArray(pixels.data), pixels.width, pixels.height), 0, 0);
    context.lineWidth = Math.max(2, Math.round(Math.max(pixels.width, pixels.height) / 160));
    for (const region of regions) {
      const pad = context.lineWidth;
      const box = [region.x * pixels.width - pad, region.y * pixels.height - pad, region.width * pixels.width + 2 * pad, region.height * pixels.height + 2 * pad] as const;
      context.strokeStyle = '#ffffff';
      context.lineWidth += 2;
      context.strokeRect(...box);
      context.strokeStyle = '#d00000';
      context.lineWidth -= 2;
      context.strokeRect(...box);
    }
  }, [pixels, regions]);
  const scale = Math.min(1, MAX_SIDE / Math.max(pixels.width, pixels.height));
  return (
    <canvas
      ref={canvas}
      class="image-mark"
      role="img"
      aria-label={label}
      data-regions={regions.length}
      width={pixels.width}
      height={pixels.height}
      style={{ width: `${Math.round(pixels.width * scale)}px`, height: `${Math.round(pixels.height * scale)}px` }}
    />
  );
}
