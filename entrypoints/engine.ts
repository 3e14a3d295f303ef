import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { check, checkImage, checkImageText, checkInSlices, WARM_UP_STEPS } from '../rules/engine';
import { rules } from '../rules/index';
import { fingerprintLogo } from '../rules/logo/matcher';
import { mayHoldText } from '../rules/ocr/text-presence';
import { provideEngine, type Engine } from '../utils/engine-handle';

/** The rules, as the content script uses them. */
export const ENGINE: Engine = { check, checkInSlices, checkImage, checkImageText, mayHoldText, fingerprintLogo, rules, warmUpSteps: WARM_UP_STEPS };

/** Injected by the background (entrypoints/background.ts) into the frame whose content script asked. */
export default defineUnlistedScript(() => provideEngine(ENGINE));
