import { describe, expect, it } from 'vitest';
import { isPlainObject } from '../../src/plain-object';

describe('isPlainObject', () => {
  it.each([
    [{}, true],
    [{ settings: 1 }, true],
    [Object.create(null), true],
    [[], false],
    [[{}], false],
    [null, false],
    [undefined, false],
    ['{}', false],
    [42, false],
  ])('%o → %s', (value, expected) => {
    expect(isPlainObject(value)).toBe(expected);
  });
});
