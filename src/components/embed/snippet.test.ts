// @vitest-environment jsdom
// The code the instructors page offers: the <iframe> says exactly the address and name it was
// given, whatever they hold (no markup gets through), and the resizing script sizes only the
// iframe whose page reported, and only for a report from the book's origin.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedPath, iframeSnippet, INITIAL_HEIGHT, resizeListenerSnippet } from './snippet';
import { heightMessage, isHeightMessage } from './embed-message';

const parse = (html: string): HTMLElement => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
};

describe('iframeSnippet', () => {
  it('is one iframe whose src and title are the given ones, for any title and address', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'grapheme' }), (src, title) => {
        const box = parse(iframeSnippet(src, title));
        expect(box.children).toHaveLength(1);
        const frame = box.querySelector('iframe')!;
        expect(frame.getAttribute('src')).toBe(src);
        expect(frame.getAttribute('title')).toBe(title);
        expect(frame.getAttribute('height')).toBe(String(INITIAL_HEIGHT));
      }),
    );
  });

  it('names the embed page of an island in a language', () => {
    expect(embedPath('ko', 'stack-player')).toBe('ko/embed/stack-player/');
  });
});

describe('resizeListenerSnippet', () => {
  const ORIGIN = 'https://teacher.github.io';

  function lmsPage() {
    document.body.innerHTML = '<iframe id="a" height="640"></iframe><iframe id="b" height="640"></iframe>';
    const script = parse(resizeListenerSnippet(ORIGIN)).querySelector('script')!.textContent!;
    // The listener as the LMS page would run it (added to this window).
    const added: EventListener[] = [];
    const add = (type: string, fn: EventListener) => {
      if (type === 'message') added.push(fn);
    };
    new Function('addEventListener', script)(add);
    const [a, b] = ['a', 'b'].map((id) => document.getElementById(id) as HTMLIFrameElement);
    const send = (data: unknown, origin: string, from: HTMLIFrameElement) =>
      added.forEach((fn) => fn(new MessageEvent('message', { data, origin, source: from.contentWindow })));
    return { a: a!, b: b!, send };
  }

  it('sizes the iframe that reported, to the reported height', () => {
    const { a, b, send } = lmsPage();
    send(heightMessage('stack-player', 812.4), ORIGIN, b);
    expect(b.style.height).toBe('813px');
    expect(a.style.height).toBe('');
  });

  it('ignores other origins and other messages', () => {
    const { a, send } = lmsPage();
    send(heightMessage('stack-player', 900), 'https://elsewhere.example', a);
    send({ type: 'something-else', height: 900 }, ORIGIN, a);
    send('900', ORIGIN, a);
    expect(a.style.height).toBe('');
  });
});

describe('height messages', () => {
  it('a report is recognised, rounded up to whole pixels; other data is not', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ min: 0, max: 1e6, noNaN: true }), (island, height) => {
        const m = heightMessage(island, height);
        expect(isHeightMessage(m)).toBe(true);
        expect(m.height).toBe(Math.ceil(height));
      }),
    );
    for (const other of [null, 'x', { type: 'stack-and-heap:height' }, { type: 'x', island: 'a', height: 1 }, { type: 'stack-and-heap:height', island: 'a', height: NaN }]) {
      expect(isHeightMessage(other)).toBe(false);
    }
  });
});
