import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { check, checkImage, checkImageText, createContext, PROTOCOL_CLAUSES } from '../../rules/engine';
import '../../rules/english/in-node';
import { fingerprintLogo } from '../../rules/logo/matcher';
import { mayHoldText } from '../../rules/ocr/text-presence';
import type { CheckContext, Finding, ImageFinding, Role } from '../../rules/types';
import { decodeImageFile } from '../ocr/node-image';
import { createNodeOcr } from '../ocr/node-ocr';
import { formatRuleTable, listRules } from './rule-list';

const USAGE = `Gebruik: npm run -s check -- [--role leerling|medewerker] [--school "Naam"] [--json] "tekst"
         npm run -s check -- --jsonl < regels.jsonl   (elke regel: {"id","text","role","school"})
         npm run -s check -- --image foto.png [--logo logo.png] [--json]   (tekst en logo in een PNG of JPEG)
         npm run -s check -- --list-rules [--json]    (alle regels: tekst en beeld)`;

/** A command-line role must be right; a JSON line's role falls back to a pupil's (every check applies). */
function parseRole(value: unknown, strict: boolean): Role {
  if (value === 'leerling' || value === 'medewerker') return value;
  if (!strict || value === undefined || value === '') return 'leerling';
  throw new Error(`Onbekende rol "${String(value)}": kies leerling of medewerker.`);
}

function contextFor(role: unknown, school: unknown, strict: boolean) {
  return createContext({ role: parseRole(role, strict), school: { name: typeof school === 'string' ? school : '' } });
}

/** A rule that threw is named on stderr; the other rules' findings still come. */
const reportRuleFailure = (ruleId: string, error: unknown) =>
  process.stderr.write(`regel ${ruleId} faalde: ${error instanceof Error ? error.name : typeof error}\n`);

function checkText(text: string, context: ReturnType<typeof contextFor>) {
  return check(text, context, undefined, reportRuleFailure);
}

function describe(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'Geen bevindingen: dit bericht ziet er goed uit.';
  return findings
    .map((finding) => {
      const clause = PROTOCOL_CLAUSES[finding.protocolRef];
      const where = clause ? `${clause.school}, ${finding.protocolRef}` : finding.protocolRef;
      return [
        `[${finding.severity}] ${finding.category} / ${finding.ruleId}: "${text.slice(finding.start, finding.end)}" (${finding.start}-${finding.end})`,
        `  ${finding.message}`,
        `  Protocol: ${where}`,
      ].join('\n');
    })
    .join('\n');
}

/**
 * One JSON line in, one out, in order. Whatever a line's text holds, it is checked; only a line that is
 * not JSON at all answers with an error field (there is nothing to check), and the run goes on.
 */
async function runJsonLines(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  const flush = () => {
    if (out.length > 0) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      const parsed: unknown = JSON.parse(line);
      const input = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { id?: unknown; text?: unknown; role?: unknown; school?: unknown };
      id = input.id ?? null;
      const text = typeof input.text === 'string' ? input.text : input.text === undefined || input.text === null ? '' : JSON.stringify(input.text);
      const findings = checkText(text, contextFor(input.role, input.school, false));
      out.push(JSON.stringify({ id, findings }) + '\n');
    } catch (error) {
      out.push(JSON.stringify({ id, findings: [], error: (error as Error).message }) + '\n');
    }
    if (out.length >= 256) flush();
  }
  flush();
}

/**
 * Every image check on one PNG or JPEG: the school's logo (`--logo`, as the policy's `logos`) and the text
 * in it (OCR, on this machine), each finding with `"source":"image"`. An image without text is not read.
 */
async function checkImageFile(file: string, logoFiles: string[], context: CheckContext): Promise<{ text: string; findings: ImageFinding[] }> {
  const pixels = decodeImageFile(readFileSync(file));
  const logos = logoFiles.map((logo) => fingerprintLogo(decodeImageFile(readFileSync(logo))));
  const steps = checkImage({ pixels, purpose: 'post', context, logos });
  let step = steps.next();
  while (!step.done) step = steps.next();
  const findings: ImageFinding[] = step.value.map((finding) => ({ ...finding, source: 'image', excerpt: '', regions: [] }));
  if (!mayHoldText(pixels)) return { text: '', findings };
  const ocr = await createNodeOcr();
  try {
    const read = checkImageText(await ocr.read(pixels), context, reportRuleFailure);
    return { text: read.image.text, findings: [...findings, ...read.findings] };
  } finally {
    await ocr.close();
  }
}

function describeImage(text: string, findings: ImageFinding[]): string {
  const read = text === '' ? 'Geen tekst in de afbeelding gevonden.' : `Tekst in de afbeelding:\n${text.replace(/^/gm, '  | ')}`;
  if (findings.length === 0) return `${read}\nGeen bevindingen: deze afbeelding ziet er goed uit.`;
  return `${read}\n${describe(text, findings)}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      school: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      'list-rules': { type: 'boolean' },
      image: { type: 'string' },
      logo: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values['list-rules']) {
    const listing = listRules();
    console.log(values.json ? JSON.stringify({ rules: listing }) : formatRuleTable(listing));
    return;
  }
  if (values.image !== undefined) {
    const { text, findings } = await checkImageFile(values.image, values.logo ?? [], contextFor(values.role, values.school, true));
    console.log(values.json ? JSON.stringify({ text, findings }) : describeImage(text, findings));
    return;
  }
  if (values.jsonl) {
    await runJsonLines();
    return;
  }
  const text = positionals.join(' ');
  if (text === '') {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const findings = checkText(text, contextFor(values.role, values.school, true));
  console.log(values.json ? JSON.stringify({ findings }) : describe(text, findings));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 2;
});
