import { describe, expect, it, vi } from 'vitest';
import { createContext } from '../../../rules/context';
import { ENGINE } from '../../../entrypoints/engine';
import { mustWait } from '../../../entrypoints/compose.content/composer-check';
import { warmUp } from '../../../entrypoints/compose.content/warm-up';
import { provideEngine } from '../../../utils/engine-handle';

describe('warming the engine up', () => {
  it('builds the big lists and runs each rule alone, in several idle moments, each once; then stops', () => {
    const check = vi.fn(ENGINE.check);
    provideEngine({ ...ENGINE, check });
    // Loaded but cold: a check now would build every list in one long task, so a post waits and is checked in pieces.
    expect(mustWait('Fijne dag allemaal', [])).toBe(true);
    const idle: (() => void)[] = [];
    warmUp(() => createContext(), (task) => idle.push(task));
    let moments = 0;
    for (let task = idle.shift(); task; task = idle.shift()) {
      task();
      moments++;
    }
    // Each rule ran alone on the warm-up texts, once, in engine order.
    const rulesRun = check.mock.calls.map(([, , only]) => {
      expect(only).toHaveLength(1);
      return only![0]!;
    });
    const order = [...new Set(rulesRun)];
    expect(order).toEqual(ENGINE.rules);
    // A few milliseconds a moment: far more moments than one (the lists alone take well over a long task's 50 ms).
    expect(moments).toBeGreaterThan(5);
    // Nothing is left: another idle moment was not asked for.
    expect(idle).toEqual([]);
    // Warm: a short post is checked inside the event that posts it.
    expect(mustWait('Fijne dag allemaal', [])).toBe(false);
    provideEngine(ENGINE);
  });
});
