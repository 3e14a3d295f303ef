import { ENGINE } from '../../../entrypoints/engine';
import { warmUp } from '../../../entrypoints/compose.content/warm-up';
import { createContext } from '../../../rules/context';
import '../../../rules/english/in-node';
import { englishReading } from '../../../rules/english/reader';
import { provideEngine } from '../../../utils/engine-handle';

// In the browser the background injects the engine once someone starts to write and it warms up in idle
// moments, and the reading of English comes once a post may hold it and warms up a step a task; imported
// first, a test starts from there.
provideEngine(ENGINE);
warmUp(createContext, (task) => task());
while (englishReading()!.warmUp(() => true));
