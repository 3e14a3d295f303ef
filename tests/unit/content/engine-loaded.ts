import { ENGINE } from '../../../entrypoints/engine';
import '../../../rules/english/in-node';
import { provideEngine } from '../../../utils/engine-handle';

// In the browser the background injects the engine once someone starts to write, and the reading of
// English once a post may hold it; imported first, a test starts from there.
provideEngine(ENGINE);
