/**
 * `npm run -s eval -- --ocr [--json] [--limit N]`: the images of tests/eval/ocr/dataset.ts rendered in
 * Chromium (cached under .cache/ocr-eval/, made again when their HTML changes), read by Tesseract in
 * Chromium exactly as the extension's offscreen document reads them (utils/ocr/browser-ocr.ts, bundled
 * files served from this machine), then checked by the engine in Node. A risky image is detected when
 * the finding it was made for comes (a warning or more); an image without risky text is a false alarm
 * when anything would open the dialog. Times are per image in Chromium (decode and OCR); the Node time is
 * the same OCR in Node on a few phone screenshots.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { checkImageText } from '../../../rules/engine';
import type { OcrPage } from '../../../rules/ocr/layout';
import { mayHoldText } from '../../../rules/ocr/text-presence';
import { SEVERITY_RANK, type ImageFinding } from '../../../rules/types';
import { CORE_FILE, OCR_LANGUAGES, TRAINED_DATA_VARIANT } from '../../../utils/ocr/config';
import { decodeImageFile, rescale } from '../../../utils/ocr/node-image';
import { createNodeOcr } from '../../../utils/ocr/node-ocr';
import { CHROMIUM } from '../../e2e/launch';
import { ocrSamples, type OcrSample } from './dataset';

const require = createRequire(import.meta.url);
const CACHE = '.cache/ocr-eval';
/** Phone screenshots read in Node as well, for the Node time. */
const NODE_TIMED = 15;

const fileOf = (sample: OcrSample) => {
  const hash = createHash('sha1').update(JSON.stringify([sample.html, sample.viewport, sample.scale, sample.jpegQuality])).digest('hex').slice(0, 10);
  return join(CACHE, `${sample.id}-${hash}.${sample.jpegQuality ? 'jpg' : 'png'}`);
};

/** Renders the samples not yet in the cache. */
async function render(browser: Browser, samples: OcrSample[]): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  for (const sample of samples) {
    const file = fileOf(sample);
    if (existsSync(file)) continue;
    const context = await browser.newContext({ viewport: sample.viewport, deviceScaleFactor: sample.scale });
    const page = await context.newPage();
    await page.setContent(sample.html);
    const shot = await page.screenshot(sample.jpegQuality ? { type: 'jpeg', quality: sample.jpegQuality } : { type: 'png' });
    writeFileSync(file, shot);
    await context.close();
  }
}

/** The bundled OCR files and the images, from this machine only. */
async function serve(): Promise<{ url: string; close(): void }> {
  const bundle = await build({
    entryPoints: ['utils/ocr/browser-ocr.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'TwijfelOcr',
    platform: 'browser',
    logLevel: 'silent',
  });
  const tesseract = dirname(require.resolve('tesseract.js/package.json'));
  const core = dirname(require.resolve('tesseract.js-core/package.json'));
  const files: Record<string, () => Buffer> = {
    '/': () => Buffer.from('<!doctype html><meta charset="utf-8"><script src="/ocr.js"></script>'),
    '/ocr.js': () => Buffer.from(bundle.outputFiles[0]!.contents),
    // One folder, as in the extension: the core finds its .wasm beside the worker script.
    '/ocr/worker.min.js': () => readFileSync(join(tesseract, 'dist/worker.min.js')),
    [`/ocr/${CORE_FILE}`]: () => readFileSync(join(core, CORE_FILE)),
    [`/ocr/${CORE_FILE.replace(/\.js$/, '.wasm')}`]: () => readFileSync(join(core, CORE_FILE.replace(/\.js$/, '.wasm'))),
  };
  for (const language of OCR_LANGUAGES) {
    const data = join(dirname(require.resolve(`@tesseract.js-data/${language}`)), TRAINED_DATA_VARIANT, `${language}.traineddata.gz`);
    files[`/ocr/${language}.traineddata.gz`] = () => readFileSync(data);
  }
  const types: Record<string, string> = { js: 'text/javascript', wasm: 'application/wasm', png: 'image/png', jpg: 'image/jpeg', gz: 'application/gzip' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const body = files[path]?.() ?? (path.startsWith('/cache/') && existsSync(join(CACHE, path.slice(7))) ? readFileSync(join(CACHE, path.slice(7))) : undefined);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.split('.').pop()!] ?? 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

interface Read {
  sample: OcrSample;
  page: OcrPage;
  ms: number;
}

async function readInChromium(browser: Browser, samples: OcrSample[], progress: boolean): Promise<Read[]> {
  const server = await serve();
  try {
    const page = await browser.newPage();
    if (process.env.OCR_EVAL_DEBUG) page.on('console', (message) => process.stderr.write(`page: ${message.text()}\n`));
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url)) throw new Error(`Request off this machine: ${request.url()}`);
    });
    await page.goto(`${server.url}/`);
    await page.evaluate(async (core) => {
      const scope = globalThis as unknown as { TwijfelOcr: typeof import('../../../utils/ocr/browser-ocr'); ocr: unknown };
      scope.ocr = await scope.TwijfelOcr.createBrowserOcr({ workerPath: '/ocr/worker.min.js', corePath: `/ocr/${core}`, langPath: '/ocr' });
    }, CORE_FILE);
    const reads: Read[] = [];
    for (const [index, sample] of samples.entries()) {
      const file = fileOf(sample).slice(CACHE.length + 1);
      // The extension's first step, on the copy it decodes anyway: an image without text is not read.
      const full = decodeImageFile(readFileSync(fileOf(sample)));
      const small = rescale(full, Math.min(1, DECODE_SIDE / Math.max(full.width, full.height)));
      const gated = performance.now();
      const holdsText = mayHoldText(small);
      const gateMs = performance.now() - gated;
      if (!holdsText) {
        reads.push({ sample, page: { width: small.width, height: small.height, lines: [] }, ms: gateMs });
        continue;
      }
      const { page: read, ms } = await page.evaluate(async (name) => {
        const blob = await (await fetch(`/cache/${name}`)).blob();
        const started = performance.now();
        const result = await (globalThis as unknown as { ocr: import('../../../utils/ocr/browser-ocr').BrowserOcr }).ocr.read(blob);
        return { page: result, ms: performance.now() - started };
      }, file);
      reads.push({ sample, page: read, ms: ms + gateMs });
      if (progress && index % 50 === 49) process.stderr.write(`  ${index + 1}/${samples.length} gelezen\n`);
    }
    return reads;
  } finally {
    server.close();
  }
}

/** The content script decodes attached images at most this large (entrypoints/compose.content/attachments.ts). */
const DECODE_SIDE = 640;

async function nodeTimes(samples: OcrSample[]): Promise<number[]> {
  const ocr = await createNodeOcr();
  try {
    const times: number[] = [];
    for (const sample of samples) {
      const pixels = decodeImageFile(readFileSync(fileOf(sample)));
      const started = performance.now();
      await ocr.read(pixels);
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await ocr.close();
  }
}

const median = (values: number[]) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
};
const round = (value: number) => Math.round(value * 10_000) / 10_000;

const opensDialog = (finding: ImageFinding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK.waarschuwing;
const meets = (finding: ImageFinding, expectation: OcrSample['expect'][number]) =>
  opensDialog(finding) && (expectation.ruleId === undefined || finding.ruleId === expectation.ruleId) && (expectation.category === undefined || finding.category === expectation.category);

export interface OcrEvaluation {
  detection_rate: number;
  false_positive_rate: number;
  images: { risky: number; clean: number };
  median_ms: number;
  node_median_ms: number;
  all_median_ms: number;
  chat_recognised: number;
  by_kind: Record<string, { images: number; detection_rate?: number; false_positive_rate?: number; median_ms: number }>;
}

export async function evaluateOcr(json: boolean, limit = Infinity, seed = 1): Promise<OcrEvaluation> {
  const samples = ocrSamples(seed, limit);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  let reads: Read[];
  try {
    await render(browser, samples);
    reads = await readInChromium(browser, samples, !json);
  } finally {
    await browser.close();
  }
  const node = await nodeTimes(samples.filter((sample) => sample.phone).slice(0, NODE_TIMED));
  const results = reads.map((read) => ({ ...read, ...checkImageText(read.page) }));
  const risky = results.filter((result) => result.sample.risky);
  const clean = results.filter((result) => !result.sample.risky);
  const detected = (result: (typeof results)[number]) => result.sample.expect.some((expectation) => result.findings.some((finding) => meets(finding, expectation)));
  const falseAlarm = (result: (typeof results)[number]) => result.findings.some(opensDialog);
  const chats = risky.filter((result) => result.sample.kind.startsWith('chat'));
  const byKind: OcrEvaluation['by_kind'] = {};
  for (const kind of new Set(results.map((result) => result.sample.kind))) {
    const ofKind = results.filter((result) => result.sample.kind === kind);
    const isRisky = ofKind[0]!.sample.risky;
    byKind[kind] = {
      images: ofKind.length,
      ...(isRisky ? { detection_rate: round(ofKind.filter(detected).length / ofKind.length) } : { false_positive_rate: round(ofKind.filter(falseAlarm).length / ofKind.length) }),
      median_ms: median(ofKind.map((result) => result.ms)),
    };
  }
  const evaluation: OcrEvaluation = {
    detection_rate: round(risky.filter(detected).length / Math.max(1, risky.length)),
    false_positive_rate: round(clean.filter(falseAlarm).length / Math.max(1, clean.length)),
    images: { risky: risky.length, clean: clean.length },
    median_ms: median(results.filter((result) => result.sample.phone).map((result) => result.ms)),
    node_median_ms: median(node),
    all_median_ms: median(results.map((result) => result.ms)),
    chat_recognised: round(chats.filter((result) => result.findings.some((finding) => finding.ruleId === 'screenshot-gesprek')).length / Math.max(1, chats.length)),
    by_kind: byKind,
  };
  if (!json) {
    console.log('OCR-evaluatie (gemaakte afbeeldingen, Tesseract in Chromium)\n');
    for (const [kind, figures] of Object.entries(byKind)) console.log(`  ${kind.padEnd(22)} ${JSON.stringify(figures)}`);
    console.log('\nMissers:');
    for (const result of risky.filter((item) => !detected(item)).slice(0, 15)) console.log(`  ${fileOf(result.sample)}: ${JSON.stringify(result.image.text.slice(0, 200))}`);
    console.log('Vals alarm:');
    for (const result of clean.filter(falseAlarm).slice(0, 15)) {
      console.log(`  ${fileOf(result.sample)}: ${result.findings.filter(opensDialog).map((finding) => `${finding.ruleId} "${finding.excerpt}"`).join(', ')}`);
    }
    console.log('');
  }
  return evaluation;
}
