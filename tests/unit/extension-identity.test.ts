import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { EXTENSION_ID, EXTENSION_PUBLIC_KEY } from '../../utils/extension-identity';

it('the pinned extension ID is the one Chromium derives from the public key', () => {
  const hash = createHash('sha256').update(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
  const id = [...hash].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  expect(id).toBe(EXTENSION_ID);
});
