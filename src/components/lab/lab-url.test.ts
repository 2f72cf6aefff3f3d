import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labHref, readLabQuery } from './lab-url';

describe('lab links', () => {
  it('carry any program and input through the URL unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (code, input) => {
        const url = new URL(labHref('ko', code, input), 'https://example.org');
        expect(url.pathname).toMatch(/\/ko\/lab\/$/);
        expect(readLabQuery(url.search)).toEqual({ code, input: input || null });
      }),
    );
  });
  it('with no program end in "code=", so a page can append an encoded program to it', () => {
    const prefix = labHref('en', '');
    expect(prefix.endsWith('?code=')).toBe(true);
    const code = 'print("a b & c")\n# 한글';
    expect(readLabQuery(new URL(prefix + encodeURIComponent(code), 'https://example.org').search).code).toBe(code);
  });
  it('leave the input out when there is none', () => {
    expect(labHref('en', 'print(1)')).not.toContain('input=');
  });
});
