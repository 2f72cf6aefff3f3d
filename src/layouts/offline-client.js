// Inlined at the end of every page by BaseLayout (inline: it must work when the page came from
// the service worker's cache and a bundled script could not be fetched). Plain JS, kept tiny.
(function () {
  // An island whose code cannot be loaded (offline before the book was cached, a failed
  // download) says so inside its region instead of staying inert. Astro dispatches this event
  // from the <astro-island> once its import has failed (after one retry); the layer diagram's
  // script, from its section.
  document.addEventListener('astro:hydration-error', function (event) {
    var island = event.target;
    var note = document.querySelector('template[data-island-failed]');
    if (note && island instanceof HTMLElement && !island.querySelector(':scope > .island-failed')) {
      island.prepend(note.content.cloneNode(true));
    }
  });

  var sw = navigator.serviceWorker;
  var notice = document.querySelector('[data-update-notice]');
  if (!sw || !notice) return;
  var pressed = false;
  // Shows "a new version is available — Reload" once. `worker`: the new version waiting; it
  // takes over only when the reader presses Reload (Workbox's SKIP_WAITING message), and the
  // page reloads once it has, so no page mixes the files of two builds. Without a worker the
  // page is already out of date (another tab took the new version): Reload just reloads.
  function offer(worker) {
    var content = document.querySelector('template[data-update]');
    if (!content || notice.firstChild) return;
    notice.append(content.content.cloneNode(true));
    notice.querySelector('button').addEventListener('click', function () {
      pressed = true;
      if (worker) worker.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    });
  }
  // A worker that finished installing while an older one controls the page is a new version.
  function watch(worker) {
    worker.addEventListener('statechange', function () {
      if (worker.state === 'installed' && sw.controller) offer(worker);
    });
  }
  var hadController = !!sw.controller;
  sw.addEventListener('controllerchange', function () {
    if (pressed) location.reload();
    else if (hadController) offer(null);
    hadController = true;
  });
  sw.register(notice.dataset.sw).then(function (registration) {
    // (None when the browser blocks service workers, as the e2e suite does outside offline.spec.)
    if (!registration) return;
    if (registration.waiting && sw.controller) offer(registration.waiting);
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', function () {
      watch(registration.installing);
    });
    // Back on the network (the train left the tunnel): look for a newer book.
    addEventListener('online', function () {
      registration.update().catch(function () {});
    });
  }, function () {});
})();
