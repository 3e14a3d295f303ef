import { ENGINE } from '../../../entrypoints/engine';
import '../../../rules/english/in-node';
import { englishReading } from '../../../rules/english/reader';
import { provideEngine } from '../../../utils/engine-handle';

// In the browser the background injects the engine once someone starts to write, and the reading of
// English once a post may hold it, which then warms up a step a task; imported first, a test starts from there.
provideEngine(ENGINE);
while (englishReading()!.warmUp(() => true));
