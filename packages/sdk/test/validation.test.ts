import { describe, expect, it } from 'vitest';
import { EthoraError, EthoraValidationError, type ValidationRule } from '../src/index.js';
import { assertId, assertPlainId } from '../src/validation/assert-id.js';
import { assertArray, assertIdList } from '../src/validation/assert-list.js';
import { assertInteger, assertLimit, assertOffset } from '../src/validation/assert-number.js';
import { assertPlainObject } from '../src/validation/assert-object.js';
import { assertEmail, assertString } from '../src/validation/assert-string.js';

function violation(run: () => unknown): EthoraValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EthoraValidationError);
    expect(error).toBeInstanceOf(EthoraError);
    return error as EthoraValidationError;
  }
  throw new Error('expected a validation error');
}

function expectRule(run: () => unknown, argument: string, rule: ValidationRule): EthoraValidationError {
  const error = violation(run);
  expect({ argument: error.argument, rule: error.rule }).toEqual({ argument, rule });
  expect(error.message).toContain(`"${argument}"`);
  expect(error.message).toContain(rule);
  return error;
}

describe('assertPlainId / assertId', () => {
  it('accepts ordinary ids', () => {
    expect(() => assertPlainId('chatId', '123e4567-e89b-12d3-a456-426614174000')).not.toThrow();
    expect(() => assertId('chatId', `room@conference.example.com`)).not.toThrow();
  });

  it('rejects null, undefined, numbers and empty strings with the matching rule', () => {
    expectRule(() => assertPlainId('chatId', undefined), 'chatId', 'required');
    expectRule(() => assertPlainId('chatId', null), 'chatId', 'required');
    const typed = expectRule(() => assertPlainId('chatId', 42), 'chatId', 'type');
    expect(typed.message).toContain('42 (number)');
    expectRule(() => assertPlainId('chatId', ''), 'chatId', 'non-empty');
  });

  it('rejects whitespace anywhere and over-long ids', () => {
    for (const id of [' a', 'a b', 'a\t', 'a\nb'])
      expectRule(() => assertId('userId', id), 'userId', 'no-whitespace');
    expectRule(() => assertId('userId', 'x'.repeat(257)), 'userId', 'max-length');
  });

  it('rejects @ and / where a plain id is expected', () => {
    expectRule(() => assertPlainId('chatId', 'room@conference.x'), 'chatId', 'plain-id');
    expectRule(() => assertPlainId('chatId', 'a/b'), 'chatId', 'plain-id');
  });

  it('shows long values truncated', () => {
    const error = violation(() => assertPlainId('chatId', `${'y'.repeat(100)}@x`));
    expect(error.message).toContain(`"${'y'.repeat(40)}…"`);
    expect(error.message).not.toContain('y'.repeat(41));
  });
});

describe('assertIdList', () => {
  it('returns the ids of a valid list', () => {
    expect(assertIdList('userIds', ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('rejects non-arrays, empty lists and lists over the batch limit', () => {
    expectRule(() => assertIdList('userIds', 'a'), 'userIds', 'type');
    expectRule(() => assertIdList('userIds', undefined), 'userIds', 'required');
    expectRule(() => assertIdList('userIds', []), 'userIds', 'min-items');
    const ids = Array.from({ length: 101 }, (_, i) => `u${i}`);
    expectRule(() => assertIdList('userIds', ids), 'userIds', 'max-items');
    expect(assertIdList('userIds', ids.slice(0, 100))).toHaveLength(100);
    expectRule(() => assertIdList('userIds', ['a', 'b', 'c'], { max: 2 }), 'userIds', 'max-items');
  });

  it('names the bad item by index', () => {
    expectRule(() => assertIdList('userIds', ['a', 7]), 'userIds[1]', 'type');
    expectRule(() => assertIdList('userIds', ['a', 'b c']), 'userIds[1]', 'no-whitespace');
    expectRule(() => assertIdList('members', ['a', 'x@y']), 'members[1]', 'plain-id');
    expect(assertIdList('members', ['a', 'x@y'], { plain: false })).toEqual(['a', 'x@y']);
  });

  it('rejects duplicates by default and dedupes on request', () => {
    expectRule(() => assertIdList('userIds', ['a', 'b', 'a']), 'userIds[2]', 'duplicate');
    expect(assertIdList('userIds', ['a', 'b', 'a', 'b'], { duplicates: 'dedupe' })).toEqual(['a', 'b']);
  });
});

describe('assertArray and assertPlainObject', () => {
  it('check arrays of anything and plain objects', () => {
    expect(() => assertArray('users', [{}])).not.toThrow();
    expectRule(() => assertArray('users', []), 'users', 'min-items');
    expect(() => assertArray('users', [], { min: 0 })).not.toThrow();
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is under test
    expectRule(() => assertArray('users', [{}, , {}]), 'users[1]', 'required');
    expectRule(() => assertIdList('userIds', new Array(2)), 'userIds[0]', 'required');
    expect(() => assertPlainObject('roomData', { title: 't' })).not.toThrow();
    expectRule(() => assertPlainObject('roomData', []), 'roomData', 'type');
    expectRule(() => assertPlainObject('roomData', null), 'roomData', 'required');
  });
});

describe('assertString and assertEmail', () => {
  it('enforces minimum length on the trimmed value (lastName >= 2)', () => {
    expect(() => assertString('lastName', 'Li', { minLength: 2 })).not.toThrow();
    expectRule(() => assertString('lastName', 'L', { minLength: 2 }), 'lastName', 'min-length');
    expectRule(() => assertString('lastName', ' L ', { minLength: 2 }), 'lastName', 'min-length');
    expectRule(() => assertString('lastName', '   '), 'lastName', 'non-empty');
    expectRule(() => assertString('title', 'abcd', { maxLength: 3 }), 'title', 'max-length');
  });

  it('hides secret values', () => {
    const error = expectRule(
      () => assertString('password', 'p', { minLength: 8, secret: true }),
      'password',
      'min-length',
    );
    expect(error.message).toContain('value hidden');
    expect(error.message).not.toContain('"p"');
  });

  it('accepts plausible e-mail addresses only', () => {
    for (const email of ['a@example.com', 'first.last+tag@sub.example.co.uk']) {
      expect(() => assertEmail('email', email)).not.toThrow();
    }
    for (const email of [
      'a@b',
      'a b@example.com',
      '@example.com',
      'a@.com',
      'a@example.',
      'a@@example.com',
    ]) {
      expectRule(() => assertEmail('email', email), 'email', 'email');
    }
    expectRule(() => assertEmail('email', 5), 'email', 'type');
  });
});

describe('assertLimit, assertOffset, assertInteger', () => {
  it('accept undefined and in-range integers', () => {
    for (const value of [undefined, 1, 100, 500]) expect(() => assertLimit('limit', value)).not.toThrow();
    for (const value of [undefined, 0, 10_000]) expect(() => assertOffset('offset', value)).not.toThrow();
  });

  it('reject out-of-range, fractional and non-number values', () => {
    expectRule(() => assertLimit('limit', 0), 'limit', 'range');
    expectRule(() => assertLimit('limit', 501), 'limit', 'range');
    expectRule(() => assertLimit('limit', 2.5), 'limit', 'integer');
    expectRule(() => assertLimit('limit', '10'), 'limit', 'type');
    expectRule(() => assertLimit('limit', null), 'limit', 'required');
    expectRule(() => assertOffset('offset', -1), 'offset', 'range');
    expectRule(() => assertOffset('offset', Number.NaN), 'offset', 'integer');
    expectRule(() => assertInteger('n', 5, { min: 6, max: 9 }), 'n', 'range');
  });
});
