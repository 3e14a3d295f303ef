/**
 * The logo matcher's cost for one 4000×3000 photo: in Node (search on the full pixels) and in Chromium
 * (decode and scale with createImageBitmap, then the stepped search, as the content script does it).
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { findLogo, fingerprintLogo } from '../../rules/logo/matcher';
import { loadSampleLogo, randomSource, SAMPLE_LOGO, scene } from '../eval/images/dataset';
import { paste, resize } from '../eval/images/image-ops';

export interface ImageBench {
  fingerprint_logo_ms: number;
  node_4000x3000_ms: number;
  chromium?: { decode_ms: number; search_ms: number; total_ms: number; longest_step_ms: number };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

function nodeBench(): Pick<ImageBench, 'fingerprint_logo_ms' | 'node_4000x3000_ms'> {
  const logo = loadSampleLogo();
  const fingerprintTimes: number[] = [];
  let fingerprint = fingerprintLogo(logo);
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    fingerprint = fingerprintLogo(logo);
    fingerprintTimes.push(performance.now() - started);
  }
  const photo = resize(scene(randomSource(5), 1000, 750), 4000, 3000);
  paste(photo, resize(logo, 1720, 2000), 1200, 600);
  const searchTimes: number[] = [];
  for (let round = 0; round < 7; round++) {
    const started = performance.now();
    if (!findLogo(photo, [fingerprint])) throw new Error('The bench photo holds the logo, but it was not found');
    searchTimes.push(performance.now() - started);
  }
  return { fingerprint_logo_ms: round(median(fingerprintTimes)), node_4000x3000_ms: round(median(searchTimes)) };
}

async function chromiumBench(executablePath: string): Promise<ImageBench['chromium']> {
  const bundle = await build({ entryPoints: ['tests/bench/image-bench-page.ts'], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const logoBytes = [...readFileSync(SAMPLE_LOGO)];
    const runs = await page.evaluate((bytes) => (globalThis as never as { runImageBench(b: number[]): Promise<Array<Record<string, number | boolean>>> }).runImageBench(bytes), logoBytes);
    if (runs.some((run) => !run.found)) throw new Error('Chromium: the bench photo holds the logo, but it was not found');
    const of = (key: string) => round(median(runs.map((run) => run[key] as number)));
    return { decode_ms: of('decode'), search_ms: of('search'), total_ms: of('total'), longest_step_ms: of('longestStep') };
  } finally {
    await browser.close();
  }
}

/** `chromiumPath`: where Chromium is, when it is there. */
export async function imageBench(chromiumPath: string | undefined): Promise<ImageBench> {
  const node = nodeBench();
  return { ...node, chromium: chromiumPath ? await chromiumBench(chromiumPath) : undefined };
}
