/** The error `fn` throws; a call that returns fails the test with `otherwise`. */
export function thrown(fn: () => unknown, otherwise = 'expected the call to throw'): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error(otherwise);
}
