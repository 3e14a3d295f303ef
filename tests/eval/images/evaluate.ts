/**
 * `npm run eval -- --images`: the logo matcher over transformed copies of the sample logo and over
 * distractors. The thresholds were tuned on the development split (`--dev`: the Adwaita icon theme and
 * other random seeds); the evaluation split (Tango and GNOME icon themes, seed 1) was not looked at
 * while tuning.
 */
import { bestLogoScore, fingerprintLogo, MATCH_THRESHOLD } from '../../../rules/logo/matcher';
import { distractors, ICON_THEMES, loadSampleLogo, logoVariants } from './dataset';

const VARIANTS = 300;
const GENERATED_DISTRACTORS = 300;

export interface ImageEvaluation {
  detection_rate: number;
  false_positive_rate: number;
  variants: number;
  distractors: number;
}

export function evaluateImages(development: boolean, json: boolean): ImageEvaluation {
  const seed = development ? 3 : 1;
  const logo = loadSampleLogo();
  const fingerprints = [fingerprintLogo(logo)];
  const variants = logoVariants(logo, VARIANTS, seed).map((variant) => ({ ...variant, score: bestLogoScore(variant.pixels, fingerprints) }));
  const started = performance.now();
  const negatives = distractors(development ? ICON_THEMES.development : ICON_THEMES.evaluation, seed, GENERATED_DISTRACTORS).map(
    (distractor) => ({ kind: distractor.kind, name: distractor.name, score: bestLogoScore(distractor.pixels, fingerprints) }),
  );
  const perImage = (performance.now() - started) / negatives.length;
  const found = variants.filter((variant) => variant.score >= MATCH_THRESHOLD);
  const falseAlarms = negatives.filter((negative) => negative.score >= MATCH_THRESHOLD);
  const result: ImageEvaluation = {
    detection_rate: round(found.length / variants.length),
    false_positive_rate: round(falseAlarms.length / negatives.length),
    variants: variants.length,
    distractors: negatives.length,
  };
  if (json) return result;

  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(`Logo-herkenning (${development ? 'ontwikkelset' : 'evaluatieset'}), drempel ${MATCH_THRESHOLD}\n`);
  console.log(`varianten van het voorbeeldlogo: ${variants.length}, gevonden ${pct(result.detection_rate)}`);
  for (const kind of new Set(variants.map((variant) => variant.kind))) {
    const ofKind = variants.filter((variant) => variant.kind === kind);
    const scores = ofKind.map((variant) => variant.score);
    console.log(`  ${kind.padEnd(24)} ${ofKind.filter((variant) => variant.score >= MATCH_THRESHOLD).length}/${ofKind.length}  laagste score ${Math.min(...scores).toFixed(3)}`);
  }
  console.log(`\nafleiders: ${negatives.length}, vals alarm ${pct(result.false_positive_rate)} (${falseAlarms.length})`);
  for (const kind of new Set(negatives.map((negative) => negative.kind))) {
    const ofKind = negatives.filter((negative) => negative.kind === kind);
    console.log(`  ${kind.padEnd(24)} ${ofKind.length}  hoogste score ${Math.max(...ofKind.map((negative) => negative.score)).toFixed(3)}`);
  }
  console.log('\nhoogste scores onder de afleiders:');
  for (const negative of [...negatives].sort((a, b) => b.score - a.score).slice(0, 5)) {
    console.log(`  ${negative.score.toFixed(3)}  ${negative.kind}  ${negative.name}`);
  }
  console.log(`\ngemiddeld ${perImage.toFixed(1)} ms per afleider (zoeken, Node)`);
  return result;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
