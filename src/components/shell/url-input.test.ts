// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_URL_INPUT, readUrlInput, withUrlInput, writeUrlInput } from './url-input';

describe('url-input', () => {
  it('round-trips any text under its own key, keeping the rest of the URL', () => {
    const inputs = ['3 4 + 2 *', '{[a(b)c]d}', "type ' world', undo", '안녕👋🏽 &=?#%+', ''];
    for (const value of inputs) {
      const href = withUrlInput('https://x.test/book/en/ch/?infix=a%2Bb#top', 'postfix', value);
      const url = new URL(href);
      expect(readUrlInput('postfix', url.search)).toBe(value);
      expect(readUrlInput('infix', url.search)).toBe('a+b');
      expect(url.hash).toBe('#top');
      expect(url.pathname).toBe('/book/en/ch/');
    }
    expect(readUrlInput('brackets', '?postfix=1')).toBeNull();
    expect(new URL(withUrlInput('https://x.test/?a=1&b=2', 'a', null)).search).toBe('?b=2');
  });

  it('writes with replaceState and refuses inputs too long for a link', () => {
    history.replaceState(null, '', '/p/?x=1&brackets-gen=balanced:10');
    const before = history.length;
    expect(writeUrlInput('brackets', '(()', ['brackets-gen'])).toBe(true);
    expect(location.search).toBe('?x=1&brackets=%28%28%29');
    expect(history.length).toBe(before);
    expect(writeUrlInput('brackets', '('.repeat(MAX_URL_INPUT + 1))).toBe(false);
    expect(location.search).toBe('?x=1');
    expect(readUrlInput('x')).toBe('1');
  });
});
