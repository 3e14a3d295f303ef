/**
 * Runs in Chromium (bundled by image-bench.ts): the content script's path for one attached photo —
 * decode and scale, then the logo search in steps — on a 4000×3000 JPEG made on a canvas.
 */
import { decodeImage } from '../../utils/image-decode';
import { fingerprintLogo, logoSearch } from '../../rules/logo/matcher';

const MAX_DECODE_SIDE = 640;

async function photoWithLogo(logoPng: Blob): Promise<Blob> {
  const canvas = new OffscreenCanvas(4000, 3000);
  const context = canvas.getContext('2d')!;
  const sky = context.createLinearGradient(0, 0, 0, 3000);
  sky.addColorStop(0, '#7fb2e5');
  sky.addColorStop(1, '#3d6b35');
  context.fillStyle = sky;
  context.fillRect(0, 0, 4000, 3000);
  for (let index = 0; index < 400; index++) {
    context.fillStyle = `hsl(${(index * 47) % 360} 50% ${30 + (index % 40)}%)`;
    context.beginPath();
    context.ellipse((index * 733) % 4000, (index * 389) % 3000, 40 + (index % 90), 30 + (index % 70), 0, 0, Math.PI * 2);
    context.fill();
  }
  const logo = await createImageBitmap(logoPng);
  context.drawImage(logo, 1200, 600, 1720, 2000);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}

async function run(logoBytes: number[]) {
  const logoPng = new Blob([new Uint8Array(logoBytes)], { type: 'image/png' });
  const fingerprints = [fingerprintLogo(await decodeImage(logoPng, MAX_DECODE_SIDE))];
  const photo = await photoWithLogo(logoPng);
  const runs = [];
  for (let round = 0; round < 7; round++) {
    const started = performance.now();
    const pixels = await decodeImage(photo, MAX_DECODE_SIDE);
    const decoded = performance.now();
    const search = logoSearch(pixels, fingerprints);
    let longestStep = 0;
    let step;
    for (;;) {
      const stepStarted = performance.now();
      step = search.next();
      longestStep = Math.max(longestStep, performance.now() - stepStarted);
      if (step.done) break;
    }
    const ended = performance.now();
    runs.push({ decode: decoded - started, search: ended - decoded, total: ended - started, longestStep, found: !!step.value });
  }
  return runs;
}

(globalThis as unknown as { runImageBench: typeof run }).runImageBench = run;
