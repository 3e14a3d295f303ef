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
  it("fills in a school's text as it is: $', $&, $$ and placeholders in it stay literal", () => {
    const t = translator('nl');
    for (const school of ["$'", '$&', '$$', '$`', '$1', 'Het $$treek & co']) {
      expect(t('dialogProtocol', [school, 'Bij twijfel niet plaatsen.'])).toBe(`Uit het protocol van ${school}: “Bij twijfel niet plaatsen.”`);
    }
    // A school name that looks like the next placeholder is not filled in a second time.
    expect(t('dialogProtocol', ['$CLAUSE$', 'tekst'])).toBe('Uit het protocol van $CLAUSE$: “tekst”');
    expect(translator('en')('policyProblemTooLong', ['200'])).toBe('Too long: at most 200 characters.');
  });
});
