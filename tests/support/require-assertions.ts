import { beforeEach, expect } from 'vitest';

/**
 * Every unit test must check something when it runs: a test whose expectations sit in a loop over
 * an empty list, a branch not taken or a callback never called fails instead of passing silently.
 */
beforeEach(() => {
  expect.hasAssertions();
});
