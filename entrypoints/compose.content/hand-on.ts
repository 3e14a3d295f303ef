/**
 * Events we dispatch ourselves to hand something on to the site (a submit the user chose to post anyway,
 * a profile photo held back for its check) must not be caught again by our own listeners. A count, not a
 * flag, so a hand-on inside another does not end the outer one early.
 */
let depth = 0;

export function handOn(dispatch: () => void): void {
  depth++;
  try {
    dispatch();
  } finally {
    depth--;
  }
}

/** True while we hand something on: our own listeners let the event pass. */
export function isHandingOn(): boolean {
  return depth > 0;
}
