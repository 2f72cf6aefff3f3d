// What makes the layer diagram (LayerDiagram.svelte, rendered at build) interactive: the layer and
// domain listboxes (roving focus, selection follows it), the build radios, and the live region.
// The markup already holds every panel and every build's variant; this only shows and hides them
// and keeps the ARIA state true.
import { rovingTarget, type RovingKeys } from '../shell/roving';

const LAYER_KEYS: RovingKeys = { prev: ['ArrowUp'], next: ['ArrowDown'] };
const DOMAIN_KEYS: RovingKeys = { prev: ['ArrowLeft', 'ArrowUp'], next: ['ArrowRight', 'ArrowDown'] };

/** A value of a data attribute written per build (`{"release": …}`). */
const inBuild = (el: HTMLElement, attr: string, build: string): string => (JSON.parse(el.dataset[attr]!) as Record<string, string>)[build]!;

export function enhanceLayerDiagram(root: HTMLElement): void {
  if (root.dataset.ready !== undefined) return;
  const $ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T & HTMLElement>(selector)];
  const layers = $('.layer');
  const domains = $('.domain');
  const details = root.querySelector<HTMLElement>('.details')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  let build = root.dataset.build!;
  let selected = details.dataset.selected!;

  function draw() {
    root.dataset.build = build;
    details.dataset.selected = selected;
    for (const el of $('[data-b]')) el.hidden = el.dataset.b !== build;
    for (const el of [...layers, ...domains]) {
      const on = el.dataset.key === selected;
      el.classList.toggle('selected', on);
      el.setAttribute('aria-selected', String(on));
      if (el.dataset.labels) el.setAttribute('aria-label', inBuild(el, 'labels', build));
    }
    const domain = domains.find((d) => d.dataset.key === selected);
    for (const l of layers) {
      const on = !!domain && l.dataset.routes!.split(' ').includes(`${build}/${domain.dataset.domain}`);
      l.classList.toggle('route', on);
      l.dataset.route = String(on);
      const mark = l.querySelector<HTMLElement>('.mark')!;
      mark.hidden = !on;
      mark.textContent = on ? `◆ ${domain.querySelector('.dname')!.textContent}` : '';
    }
    for (const panel of $('[data-panel]')) {
      panel.hidden = panel.dataset.panel !== selected;
      if (!panel.hidden) details.setAttribute('aria-labelledby', panel.querySelector('.dhead')!.id);
    }
    for (const row of $('tr[data-build]')) row.classList.toggle('current', row.dataset.build === build);
  }

  function choose(item: HTMLElement, list: HTMLElement[]) {
    for (const other of list) other.tabIndex = other === item ? 0 : -1;
    item.focus();
    if (item.dataset.key === selected) return;
    selected = item.dataset.key!;
    draw();
    live.textContent = inBuild(item, 'say', build);
  }

  for (const [list, keys] of [
    [layers, LAYER_KEYS],
    [domains, DOMAIN_KEYS],
  ] as const) {
    for (const item of list) {
      item.addEventListener('click', () => choose(item, list));
      item.addEventListener('keydown', (e) => {
        const target = rovingTarget(e.key, list, item, keys);
        if (!target) return;
        e.preventDefault();
        choose(target, list);
      });
    }
  }
  for (const radio of $<HTMLInputElement>('input[type="radio"]')) {
    radio.addEventListener('change', () => {
      build = radio.value;
      draw();
      live.textContent = radio.dataset.say!;
    });
  }
  // A reader who chose a build before the script ran keeps it (the browser keeps radio state too).
  build = $<HTMLInputElement>('input[type="radio"]').find((r) => r.checked)?.value ?? build;
  draw();
  root.dataset.ready = '';
}
