import { ENGINE } from '../../../entrypoints/engine';
import { provideEngine } from '../../../utils/engine-handle';

// In the browser the background injects the engine once someone starts to write; imported first, a test
// starts from there.
provideEngine(ENGINE);
