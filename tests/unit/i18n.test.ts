import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { pickLocale, translator } from '../../utils/i18n';

describe('UI strings', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
  it('speaks Dutch by default and English to English browsers', () => {
    expect(pickLocale(['de-DE', 'fr'])).toBe('nl');
    expect(pickLocale(['en-GB', 'nl'])).toBe('en');
    expect(translator('nl')('dialogTitle')).toBe('Bij twijfel: niet plaatsen');
    expect(translator('nl')('dialogProtocol', ['PCC', 'Bij twijfel niet plaatsen.'])).toBe('Uit het protocol van PCC: “Bij twijfel niet plaatsen.”');
  });
});
