/* The delegate's page on a phone without a network (see registrations/offline.py).
 *
 * Registers the page's own service worker (scope: this person's page), hands it the
 * files the page uses to keep, shows when the copy on screen was made ("updated at",
 * in the page's language and the phone's time), says so while offline, and loads the
 * page afresh when the network comes back.
 */
(function () {
  "use strict";
  const script = document.currentScript;
  const language = document.documentElement.lang || undefined;
  const updated = document.querySelector("[data-updated-at]");
  const offlineNote = document.querySelector("[data-offline-note]");

  if (updated && script && script.dataset.updatedLabel) {
    const at = new Date(updated.dataset.updatedAt);
    if (!Number.isNaN(at.getTime())) {
      const time = new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "short" }).format(at);
      updated.textContent = script.dataset.updatedLabel.replace("%(time)s", time);
    }
  }

  function showState() {
    if (offlineNote) {
      offlineNote.hidden = navigator.onLine;
    }
  }
  showState();
  window.addEventListener("offline", showState);
  window.addEventListener("online", function () {
    showState();
    window.location.reload();
  });

  if (!("serviceWorker" in navigator) || !script) {
    return;
  }
  const assets = Array.from(
    document.querySelectorAll("link[rel=stylesheet][href], script[src], img[src], link[rel~=icon][href]"),
  ).map(function (element) {
    return element.href || element.src;
  });
  assets.push(window.location.href);
  navigator.serviceWorker
    .register(script.dataset.worker, { scope: script.dataset.scope })
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function (registration) {
      if (registration.active) {
        registration.active.postMessage({ type: "keep", urls: assets });
      }
    })
    .catch(function () {
      // No worker (private mode, an old browser): the page still works online.
    });
})();
