import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/options.css';
import { pickLocale, translator } from '../../utils/i18n';

const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale;
render(<OptionsPage t={translator(locale)} />, document.getElementById('app')!);
