import { describe, expect, it, vi } from 'vitest';
import { createContext } from '../../../rules/context';
import { ENGINE } from '../../../entrypoints/engine';
import { warmUp } from '../../../entrypoints/compose.content/composer-check';
import { provideEngine } from '../../../utils/engine-handle';

describe('warming the engine up', () => {
  it('builds one big list or runs one rule per idle moment, then stops', () => {
    const check = vi.fn(ENGINE.check);
    const steps = ENGINE.warmUpSteps.map((step) => vi.fn(step));
    provideEngine({ ...ENGINE, check, warmUpSteps: steps });
    const idle: (() => void)[] = [];
    warmUp(() => createContext(), (task) => idle.push(task));
    let pieces = 0;
    for (let task = idle.shift(); task; task = idle.shift()) {
      const checksBefore = check.mock.calls.length;
      task();
      pieces++;
      if (pieces <= steps.length) {
        expect(steps[pieces - 1]).toHaveBeenCalledTimes(1);
        expect(check.mock.calls.length).toBe(checksBefore);
      } else {
        const calls = check.mock.calls.slice(checksBefore);
        expect(calls.length).toBeGreaterThan(0);
        for (const [, , only] of calls) {
          expect(only).toHaveLength(1);
          expect(only![0]).toBe(ENGINE.rules[pieces - steps.length - 1]);
        }
      }
    }
    expect(pieces).toBe(steps.length + ENGINE.rules.length);
    provideEngine(ENGINE);
  });
});
