import rule from '../../../rules/personen/foto-toestemming';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    'Foto van de schoolreis komt morgen',
    { text: 'Mooie zonsondergang', attachments: 0 },
    { text: 'Wat een dag in de klas', attachments: 0 },
  ],
  invalid: [
    { text: 'Mooie zonsondergang', attachments: 1, found: [{ fragment: '', messageId: 'foto', severity: 'info' }] },
    { text: 'Gezellig in de klas vandaag!', attachments: 2, found: [{ fragment: 'klas', messageId: 'school', severity: 'waarschuwing' }] },
    { text: 'Met @daan op de foto', attachments: 1, found: [{ fragment: '', messageId: 'foto', severity: 'waarschuwing' }] },
    { text: 'Mooie zonsondergang', attachments: 1, role: 'medewerker', found: [{ fragment: '', messageId: 'foto', severity: 'waarschuwing' }] },
    { text: '', attachments: 1, found: [{ fragment: '', messageId: 'foto', severity: 'info' }] },
  ],
});
