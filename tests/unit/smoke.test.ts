import { describe, expect, it } from 'vitest';
import { err, ok } from '../../lib/model';

describe('Result helpers', () => {
  it('wrap values and errors', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err('bad')).toEqual({ ok: false, error: 'bad' });
  });
});
