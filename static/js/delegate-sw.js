/* The service worker of ONE delegate's self-service page (see registrations/offline.py).
 *
 * It is served under the page's own path, so its scope is that person's page only;
 * its cache is named after its scope. It answers for the page and what the page
 * loads (its QR code, the static files), asking the network first and keeping a copy,
 * so the page reads offline and refreshes when online. Requests for other addresses
 * (another person's page, the rest of the site) are left to the browser.
 */
"use strict";

const SCOPE = self.registration.scope; // https://…/ko/registration/<token>/
const CACHE = "madang-delegate:" + new URL(SCOPE).pathname;
const STATIC_PREFIX = "/static/";

function underScope(url) {
  return url.href.startsWith(SCOPE);
}

async function keep(request, response) {
  if (response.ok && response.type === "basic") {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function forget() {
  // The link no longer works (cancelled, erased, expired): nothing of it stays here.
  await caches.delete(CACHE);
  await self.registration.unregister();
}

async function fromNetworkThenCache(request, url) {
  try {
    const response = await fetch(request);
    if ((response.status === 404 || response.status === 410) && url.pathname === new URL(SCOPE).pathname) {
      await forget();
      return response;
    }
    return await keep(request, response);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const copy =
      (await cache.match(request)) ||
      (request.mode === "navigate" ? await cache.match(SCOPE, { ignoreSearch: true }) : undefined);
    if (copy) {
      return copy;
    }
    throw error;
  }
}

async function fromCacheThenNetwork(request) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(request);
  if (copy) {
    return copy;
  }
  return keep(request, await fetch(request));
}

async function keepAll(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, SCOPE);
      if (url.origin !== self.location.origin || !(underScope(url) || url.pathname.startsWith(STATIC_PREFIX))) {
        return;
      }
      try {
        await keep(url.href, await fetch(url.href, { cache: "no-cache" }));
      } catch (error) {
        // Offline or gone: the next visit tries again.
      }
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(keepAll([SCOPE, SCOPE + "qr/"]).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "keep" && Array.isArray(event.data.urls)) {
    event.waitUntil(keepAll(event.data.urls));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (underScope(url)) {
    event.respondWith(fromNetworkThenCache(request, url));
  } else if (url.pathname.startsWith(STATIC_PREFIX)) {
    event.respondWith(fromCacheThenNetwork(request));
  }
});
