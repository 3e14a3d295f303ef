import rule from '../../../rules/vertrouwelijk/adres';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'In 2024 en 2025 gaan we op kamp',
    'Ik ben weg 2 dagen',
    'We fietsen over de dijk naar school',
    'Hoofdstuk 12 moet af voor maandag',
    'De Dorpsstraat is afgesloten',
  ],
  invalid: [
    { text: 'Daan woont op Dorpsstraat 12 in Ede', found: [{ fragment: 'Dorpsstraat 12', messageId: 'ander', severity: 'waarschuwing' }] },
    { text: 'feestje bij mij: Van Goghlaan 3a', found: [{ fragment: 'Van Goghlaan 3a', messageId: 'eigen', severity: 'info' }] },
    { text: 'zijn postcode is 6712 AB 14', found: [{ fragment: '6712 AB 14', messageId: 'ander' }] },
    { text: 'stuur het naar 1234ab', found: [{ fragment: '1234ab', messageId: 'ander' }] },
    { text: 'kerkstraat 5-2 is haar huis', found: [{ fragment: 'kerkstraat 5-2', messageId: 'ander' }] },
  ],
});
