import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImageText } from '../../../rules/engine';
import { mayHoldText } from '../../../rules/ocr/text-presence';
import { decodeImageFile } from '../../../utils/ocr/node-image';
import { createNodeOcr, type NodeOcr } from '../../../utils/ocr/node-ocr';

/**
 * One image of the OCR evaluation (tests/eval/ocr/dataset.ts, seed 1, chat-telefoon-licht-017, as Chromium
 * renders it at 1080×2400), read by Tesseract in Node with the bundled data: the phone number in it,
 * broken over two lines of its bubble, and the chat itself are found, with boxes.
 */
const CHAT = readFileSync('tests/fixtures/images/chat-telefoon.png');

describe('reading a chat screenshot in Node', () => {
  let ocr: NodeOcr | undefined;
  afterAll(async () => ocr?.close());

  it('finds the phone number where it stands, and that it is a chat', async () => {
    const pixels = decodeImageFile(CHAT);
    expect(mayHoldText(pixels)).toBe(true);
    ocr = await createNodeOcr();
    const { findings } = checkImageText(await ocr.read(pixels));
    const phone = findings.find((finding) => finding.ruleId === 'telefoonnummer')!;
    expect(phone).toMatchObject({ source: 'image', excerpt: '06-78675778', severity: 'waarschuwing' });
    expect(phone.message).toMatch(/^In de afbeelding staat "06-78675778"\. /);
    // The number wraps: a box on each of its two lines, in the lower part of the screenshot.
    expect(phone.regions).toHaveLength(2);
    for (const region of phone.regions) expect(region.y).toBeGreaterThan(0.3);
    expect(findings.some((finding) => finding.ruleId === 'screenshot-gesprek')).toBe(true);
    expect(findings.filter((finding) => finding.ruleId === 'naam').map((finding) => finding.excerpt)).toContain('Lucas');
  }, 60_000);
});
