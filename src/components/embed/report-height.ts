// Runs on an embed page: tells the parent window the page's height now and whenever it changes
// (an island grows as a trace plays or feedback appears), so an LMS page can fit the iframe.
import { heightMessage } from './embed-message';

export function reportHeight(island: string): void {
  if (window.parent === window) return; // opened on its own: nobody to tell
  const root = document.documentElement;
  let last = -1;
  const send = () => {
    // The root's box is as tall as the content (the page sets no minimum height), unlike
    // scrollHeight, which never drops below the iframe's current height and so could only grow.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(island, height), '*');
  };
  new ResizeObserver(send).observe(root);
  send();
}
