import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { pickLocale, translator } from '../../utils/i18n';

const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale;
render(<Popup t={translator(locale)} />, document.getElementById('app')!);
