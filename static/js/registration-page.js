/* The delegate's own registration page: a Print button where the browser can print.
 * A static file (no inline script), so the page works under a strict Content Security Policy. */
(function () {
    "use strict";

    function start() {
        if (typeof window.print !== "function") {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
            button.hidden = false;
            button.addEventListener("click", function () {
                window.print();
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
