/**
 * `npm run bench`: times `check` with all rules, in-process, on Dutch posts of 280, 5,000 and
 * 100,000 characters (warm-up, then many runs; median and p95), the logo matcher on a 4000×3000 photo
 * in Node and in Chromium, reading the text in a chat screenshot (tests/bench/ocr-bench.ts), and the built
 * content script's size and start-up in Chromium. `-- --json` prints one JSON line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise/one';
import { francAll } from 'franc-min';
import { Filter } from 'glin-profanity';
import { buildSync } from 'esbuild';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { adversarialInputs, normalText } from './adversarial';
import { accountBench, FEED_POSTS, type AccountBench } from './account-bench';
import { contentScriptBench, type ContentScriptBench } from './content-script-bench';
import { imageBench } from './image-bench';
import { ocrBench } from './ocr-bench';
import { CLEAN_SENTENCES, RISKY_SENTENCES, textOf } from './texts';

/**
 * The rules are timed as the extension ships them: bundled by esbuild (tests/bench/engine-entry.ts). This file runs
 * through tsx, which keeps every function's name with one more call for each closure made: about a sixth of a short
 * post's check that the built content script does not pay.
 */
const ENGINE_BUNDLE = resolve('node_modules/.cache/twijfelcheck-bench/engine.mjs');
buildSync({ entryPoints: ['tests/bench/engine-entry.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: ENGINE_BUNDLE, logLevel: 'warning' });
const { check, checkInSlices, createContext, ENGLISH_SLICE_CHARS, analyseEnglish } = (await import(pathToFileURL(ENGINE_BUNDLE).href)) as typeof import('./engine-entry');

interface Measurement {
  chars: number;
  kind: 'clean' | 'risky';
  median_us: number;
  p95_us: number;
  runs: number;
}

const context = createContext({ role: 'medewerker', school: { name: 'Clusius College', aliases: ['CCC'] } });

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

function measure(
  text: string,
  kind: Measurement['kind'],
  runs: number,
  run: (input: string) => unknown = (input) => check(input, context),
): Measurement {
  // Long inputs (a few runs) warm up once; short ones fifty times or more.
  const warmUp = runs < 10 ? 1 : Math.max(50, Math.floor(runs / 5));
  for (let i = 0; i < warmUp; i++) run(text);
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const begin = process.hrtime.bigint();
    run(text);
    samples[i] = Number(process.hrtime.bigint() - begin) / 1000;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { chars: text.length, kind, median_us: round(percentile(sorted, 0.5)), p95_us: round(percentile(sorted, 0.95)), runs };
}

const engine: Measurement[] = [
  measure(textOf(CLEAN_SENTENCES, 280), 'clean', 20_000),
  measure(textOf(CLEAN_SENTENCES, 5_000), 'clean', 2_000),
  measure(textOf(CLEAN_SENTENCES, 100_000), 'clean', 100),
  measure(textOf([...RISKY_SENTENCES, ...CLEAN_SENTENCES.slice(0, 2)], 280), 'risky', 20_000),
];
/**
 * Adversarial inputs of 1 MB (every shape that once was super-linear or an evasion) beside 1 MB of
 * ordinary posts: each row should cost at most 3× the ordinary one. Median of 3 after a warm-up.
 */
const MB = 1_000_000;
const medianOf = (text: string, runs = 3) => measure(text, 'clean', runs, (input) => check(input, context)).median_us;
const normal_1mb_us = medianOf(normalText(MB));
const adversarial = adversarialInputs(MB).map(({ name, text }) => ({ name, chars: text.length, median_us: medianOf(text) }));

/**
 * A post of Facebook's maximum length (63,206 characters) as the content script checks it: in pieces,
 * the page's thread handed back between them. The longest piece, over ordinary and adversarial posts,
 * must stay under 50 ms (a long task).
 */
const FACEBOOK_MAX = 63_206;
async function longestPieceMs(text: string): Promise<number> {
  let longest = 0;
  let since = performance.now();
  await checkInSlices(text, context, async () => {
    longest = Math.max(longest, performance.now() - since);
    since = performance.now();
  });
  return Math.max(longest, performance.now() - since);
}
/** A post of English sentences, kind and unkind: the reading of English finds something in most of them. */
const ENGLISH_POST = textOf(
  ["I'm going to beat you up after school, you loser.", 'Nobody likes you, just leave the group chat.', 'Good luck with your exam tomorrow!', 'That party was so much fun, thanks for inviting me.'],
  280,
);
const sliced_63206 = { longest_piece_ms: 0, worst: '' };
const slicedInputs = [{ name: 'normaal', text: normalText(FACEBOOK_MAX) }, { name: 'Engels', text: textOf([ENGLISH_POST], FACEBOOK_MAX) }, ...adversarialInputs(FACEBOOK_MAX)];
for (const { name, text } of slicedInputs) {
  await longestPieceMs(text);
  const ms = Math.round((await longestPieceMs(text)) * 10) / 10;
  if (ms > sliced_63206.longest_piece_ms) Object.assign(sliced_63206, { longest_piece_ms: ms, worst: name });
}

/**
 * The reading of English (rules/english/, injected when a post may hold English): a 280-character English
 * post, read alone (language check included) and checked with all rules; and the slowest adversarial input
 * of one piece (a text that may hold English is checked in pieces of ENGLISH_SLICE_CHARS) beside as much English.
 */
const english = {
  post_280_us: measure(ENGLISH_POST, 'risky', 500, analyseEnglish).median_us,
  check_280_us: measure(ENGLISH_POST, 'risky', 500).median_us,
  piece_ms: Math.round(measure(textOf([ENGLISH_POST], ENGLISH_SLICE_CHARS), 'risky', 5, analyseEnglish).median_us / 100) / 10,
  adversarial_piece_worst: adversarialInputs(ENGLISH_SLICE_CHARS)
    .map(({ name, text }) => ({ name, ms: Math.round(measure(text, 'clean', 3, analyseEnglish).median_us / 100) / 10 }))
    .reduce((worst, row) => (row.ms > worst.ms ? row : worst)),
};

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const glin = new Filter({ languages: ['dutch', 'english'], detectLeetspeak: true });
const PEERS: Array<[string, (text: string) => unknown]> = [
  ['obscenity (English preset)', (text) => obscenity.hasMatch(text)],
  ['glin-profanity (Dutch + English, leetspeak)', (text) => glin.isProfane(text)],
];
const peers = PEERS.flatMap(([name, run]) =>
  [
    measure(textOf(CLEAN_SENTENCES, 280), 'clean', 2_000, run),
    measure(textOf(CLEAN_SENTENCES, 5_000), 'clean', 200, run),
  ].map(({ chars, median_us, p95_us }) => ({ name, chars, median_us, p95_us })),
);
/** What the stack's NLP tools would cost per post if run on every check (they are not, see README). */
const tools = [
  { name: 'franc-min (nld, eng, deu, fra)', ...measure(textOf(CLEAN_SENTENCES, 280), 'clean', 2_000, (text) => francAll(text, { only: ['nld', 'eng', 'deu', 'fra'] })) },
  { name: 'compromise/one (tokenise)', ...measure(textOf(CLEAN_SENTENCES, 280), 'clean', 1_000, (text) => nlp(text).terms().out('array')) },
].map(({ name, chars, median_us }) => ({ name, chars, median_us }));

const chromiumPath = [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'].find((path) => existsSync(path));
const images = await imageBench(chromiumPath);
const ocr = await ocrBench();
const accounts: AccountBench | undefined = chromiumPath ? await accountBench(chromiumPath) : undefined;
/** The content script as it is built now (Chrome MV3), measured on the local demo page. */
const BENCH_PORT = 4199;
const built = chromiumPath !== undefined && spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' }).status === 0;
const content_script: ContentScriptBench | undefined = built ? await contentScriptBench(BENCH_PORT) : undefined;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ engine, normal_1mb_us, adversarial, sliced_63206, english, peers, tools, images, ocr, accounts, content_script }));
} else {
  console.log('check() met alle regels, in-process (µs per bericht)');
  for (const row of engine) {
    console.log(
      `  ${String(row.chars).padStart(7)} tekens, ${row.kind.padEnd(5)}  mediaan ${row.median_us.toFixed(1).padStart(9)}  p95 ${row.p95_us.toFixed(1).padStart(9)}  (${row.runs} keer)`,
    );
  }
  const [short, , long] = engine;
  const ratio = long!.median_us / long!.chars / (short!.median_us / short!.chars);
  console.log(`  kosten per teken bij 100.000 t.o.v. 280: ${ratio.toFixed(2)}×`);
  console.log(`\nAanvallende invoer van 1 MB (ms, mediaan van 3; gewone berichten: ${(normal_1mb_us / 1000).toFixed(0)} ms, doel ≤ 3×)`);
  for (const row of adversarial) {
    const ratio = row.median_us / normal_1mb_us;
    console.log(`  ${row.name.padEnd(24)} ${(row.median_us / 1000).toFixed(0).padStart(6)} ms  ${ratio.toFixed(2)}×${ratio > 3 ? '  TE TRAAG' : ''}`);
  }
  console.log(`  bericht van ${FACEBOOK_MAX} tekens in stukken: langste stuk ${sliced_63206.longest_piece_ms} ms (${sliced_63206.worst}; doel < 50 ms)`);
  console.log('\nEngels lezen (rules/english/, geladen zodra een bericht Engels kan bevatten)');
  console.log(`  Engels bericht van 280 tekens: ${(english.post_280_us / 1000).toFixed(2)} ms lezen met taalherkenning (doel ≤ 1,5 ms), ${(english.check_280_us / 1000).toFixed(2)} ms met alle regels`);
  console.log(`  stuk van ${ENGLISH_SLICE_CHARS} tekens Engels: ${english.piece_ms} ms; traagste aanvallende invoer van ${ENGLISH_SLICE_CHARS} tekens: ${english.adversarial_piece_worst.name} ${english.adversarial_piece_worst.ms} ms`);
  console.log('\nAndere bibliotheken, zelfde teksten (µs per bericht, mediaan)');
  for (const peer of peers) console.log(`  ${peer.name.padEnd(46)} ${String(peer.chars).padStart(6)} tekens  ${peer.median_us.toFixed(1).padStart(9)}`);
  console.log('\nWat de NLP-hulpmiddelen per bericht zouden kosten (mediaan)');
  for (const tool of tools) console.log(`  ${tool.name.padEnd(46)} ${String(tool.chars).padStart(6)} tekens  ${tool.median_us.toFixed(1).padStart(9)}`);
  console.log('\nLogo zoeken in een foto van 4000×3000 (mediaan van 7)');
  console.log(`  vingerafdruk van het logo (eenmalig, Node)        ${images.fingerprint_logo_ms.toFixed(1).padStart(7)} ms`);
  console.log(`  Node: zoeken op alle pixels                       ${images.node_4000x3000_ms.toFixed(1).padStart(7)} ms`);
  if (images.chromium) {
    const c = images.chromium;
    console.log(`  Chromium: decoderen en verkleinen                 ${c.decode_ms.toFixed(1).padStart(7)} ms`);
    console.log(`  Chromium: zoeken                                  ${c.search_ms.toFixed(1).padStart(7)} ms`);
    console.log(`  Chromium: samen (doel ≤ 150 ms)                   ${c.total_ms.toFixed(1).padStart(7)} ms`);
    console.log(`  Chromium: langste stap zonder pauze               ${c.longest_step_ms.toFixed(1).padStart(7)} ms`);
  } else {
    console.log('  Chromium niet gevonden (zet CHROMIUM_PATH): alleen Node gemeten.');
  }
  console.log('\nTekst in een schermafbeelding van een chat, 1080×2400 (Node, mediaan)');
  console.log(`  kijken of er tekst in kan staan (elke afbeelding)  ${ocr.may_hold_text_ms.toFixed(1).padStart(7)} ms`);
  console.log(`  lezen met Tesseract (${ocr.words} woorden)               ${ocr.read_ms.toFixed(0).padStart(7)} ms`);
  console.log(`  regels op de gelezen tekst                         ${ocr.rules_ms.toFixed(1).padStart(7)} ms`);
  if (accounts) {
    console.log(`\nAangemeld account lezen, lange feed met ${FEED_POSTS} berichten (µs per keer, mediaan van 11 × 500)`);
    for (const [site, { median_us, found }] of Object.entries(accounts)) {
      console.log(`  ${site.padEnd(46)} ${median_us.toFixed(1).padStart(9)}${found ? '' : '  (niet op de pagina)'}`);
    }
  }
  if (content_script) {
    const { bytes, startup_ms, compile_ms, engine: injected } = content_script;
    console.log('\nContent script in Chromium, demopagina (mediaan van 7 keer laden)');
    console.log(`  content script: ${(bytes / 1000).toFixed(1)} kB (doel ≤ 160 kB), starten ${startup_ms.toFixed(1)} ms, waarvan compileren ${compile_ms.toFixed(1)} ms`);
    console.log(`  engine, pas bij schrijven: ${(injected.bytes / 1000).toFixed(1)} kB, starten ${injected.startup_ms.toFixed(1)} ms, waarvan compileren ${injected.compile_ms.toFixed(1)} ms`);
  } else {
    console.log('\nContent script niet gemeten: geen Chromium of de build faalde.');
  }
}
