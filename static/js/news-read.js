// Counts one reader of a news article for "most read": the article itself is
// served whole from the cache, so the count is sent by the browser.
(function () {
  var script = document.currentScript;
  if (script && navigator.sendBeacon) {
    navigator.sendBeacon(script.dataset.url);
  }
})();
