/*
 * Event pages: the visitor's own agenda, and times in the visitor's time zone.
 *
 * Plain JavaScript, no build step, loaded with `defer`. Every visible text
 * comes from the page (data attributes written by the templates, in the
 * page's language); nothing here is language-specific.
 *
 * 1. Personal agenda. The star buttons (<button aria-pressed>, rendered
 *    `hidden` so they only appear with JavaScript) add a session to the
 *    visitor's agenda. The starred session ids are kept in localStorage per
 *    event, under a key built on the page's translation key, so the same
 *    stars show in every language. The "My agenda" panel lists the starred
 *    sessions and links to the .ics of exactly those sessions.
 * 2. Time zone. The "Show in my time zone" button rewrites the text of every
 *    <time data-event-time> into the browser's time zone (and back), and
 *    says which zone is shown.
 * 3. A link to a session (#session-<id>, from a speaker's page) focuses it, so
 *    keyboard and screen reader users start reading there.
 *
 * A big agenda has hundreds of sessions, so the start is cheap: one click
 * listener for all star buttons, no walk over the sessions unless stars were
 * kept, and the time zone's texts are read on the first click (issue 11).
 */
(function () {
    "use strict";

    function fill(template, values) {
        return template.replace(/\{(\w+)\}/g, function (match, name) {
            return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
        });
    }

    function text(element) {
        return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
    }

    /* Where the browser knows the `scripting` media feature, events.css shows the
       star buttons, the "My agenda" panel and the time zone switch (rendered
       `hidden`) from the first paint, so nothing moves when this script starts;
       elsewhere this script unhides them. */
    var shownByStyle = typeof window.matchMedia === "function" &&
        window.matchMedia("(scripting: enabled)").matches;

    /* 1. Personal agenda ------------------------------------------------- */

    function readIds(key) {
        try {
            var stored = JSON.parse(window.localStorage.getItem(key) || "[]");
            return Array.isArray(stored) ? stored.filter(function (id) { return typeof id === "string"; }) : [];
        } catch (error) {
            return [];
        }
    }

    function writeIds(key, ids) {
        try {
            window.localStorage.setItem(key, JSON.stringify(ids));
        } catch (error) {
            /* Private browsing or storage full: the stars last for this visit only. */
        }
    }

    function setupAgenda(agenda) {
        var key = agenda.dataset.storageKey;
        var panel = agenda.querySelector("[data-my-agenda]");
        var list = panel && panel.querySelector("[data-my-agenda-list]");
        var empty = panel && panel.querySelector("[data-my-agenda-empty]");
        var download = panel && panel.querySelector("[data-my-agenda-download]");
        var status = agenda.querySelector("[data-agenda-status]");
        /* Read from the page on first need (stored stars, a click), not at load:
           the list entries in agenda order (the source of titles and times),
           their session ids, and the star buttons by session id. */
        var entries = null;
        var known = null;
        var buttons = null;
        var starred = [];

        function sessions() {
            if (!known) {
                entries = Array.prototype.slice.call(agenda.querySelectorAll("li[data-session-id]"));
                known = entries.map(function (entry) { return entry.dataset.sessionId; });
            }
            return known;
        }

        function stored() {
            var ids = sessions();
            return readIds(key).filter(function (id) { return ids.indexOf(id) !== -1; });
        }

        function entryFor(id) {
            return entries[sessions().indexOf(id)];
        }

        function titleOf(id) {
            return text(entryFor(id).querySelector("[data-session-title]"));
        }

        function ordered() {
            return sessions().filter(function (id) { return starred.indexOf(id) !== -1; });
        }

        function buttonsFor(id) {
            if (!buttons) {
                buttons = {};
                Array.prototype.forEach.call(agenda.querySelectorAll("button[data-star]"), function (button) {
                    (buttons[button.dataset.star] = buttons[button.dataset.star] || []).push(button);
                });
            }
            return buttons[id] || [];
        }

        /* The buttons of the given sessions (those whose state may have changed:
           the page renders every button unpressed), then the panel. */
        function render(ids) {
            ids.forEach(function (id) {
                var on = starred.indexOf(id) !== -1;
                buttonsFor(id).forEach(function (button) {
                    button.setAttribute("aria-pressed", on ? "true" : "false");
                    button.querySelector(".star-toggle__label").textContent =
                        on ? agenda.dataset.labelAdded : agenda.dataset.labelAdd;
                });
            });
            if (!panel) {
                return;
            }
            var shown = starred.length ? ordered() : [];
            list.textContent = "";
            shown.forEach(function (id) {
                var entry = entryFor(id);
                var day = entry.closest("[data-day-label]");
                var part = entry.closest("[data-room]");
                var item = document.createElement("li");
                var link = document.createElement("a");
                link.href = "#session-" + id;
                link.textContent = titleOf(id);
                var when = document.createElement("span");
                when.className = "my-agenda__when";
                when.textContent = [
                    day ? day.dataset.dayLabel : "",
                    text(entry.querySelector("[data-session-time]")),
                    part ? part.dataset.room : "",
                ].filter(Boolean).join(" · ");
                item.appendChild(when);
                item.appendChild(document.createTextNode(" "));
                item.appendChild(link);
                list.appendChild(item);
            });
            list.hidden = shown.length === 0;
            if (empty) {
                empty.hidden = shown.length > 0;
            }
            if (download) {
                download.hidden = shown.length === 0;
                var anchor = download.querySelector("a");
                anchor.href = panel.dataset.calendarUrl + "?sessions=" + shown.join(",");
            }
        }

        function toggle(id) {
            var on = starred.indexOf(id) === -1;
            starred = on ? starred.concat([id]) : starred.filter(function (other) { return other !== id; });
            writeIds(key, ordered());
            render([id]);
            if (status) {
                var template = on ? agenda.dataset.messageAdded : agenda.dataset.messageRemoved;
                status.textContent = fill(template, { title: titleOf(id) });
            }
        }

        /* One listener for every star button. */
        agenda.addEventListener("click", function (event) {
            var button = event.target.closest("button[data-star]");
            if (button && agenda.contains(button)) {
                toggle(button.dataset.star);
            }
        });
        if (!shownByStyle) {
            Array.prototype.forEach.call(agenda.querySelectorAll("button[data-star]"), function (button) {
                button.hidden = false;
            });
        }
        if (panel) {
            panel.hidden = false;
        }
        /* Stars kept from an earlier visit: only then is the agenda read at load. */
        starred = readIds(key).length ? stored() : [];
        render(starred);

        /* Another tab of the same event changed the stars. */
        window.addEventListener("storage", function (event) {
            if (event.key === key) {
                var before = starred;
                starred = stored();
                render(before.concat(starred));
            }
        });
    }

    /* 2. Time zone ------------------------------------------------------- */

    function dayKey(date, timeZone) {
        return new Intl.DateTimeFormat("en-CA", {
            timeZone: timeZone, year: "numeric", month: "2-digit", day: "2-digit",
        }).format(date);
    }

    function setupTimeZone(event, language) {
        var holder = event.querySelector("[data-time-zone-switch]");
        var button = holder && holder.querySelector("[data-time-zone-toggle]");
        var eventZone = event.dataset.eventTimeZone;
        var visitorZone = null;
        var status = holder && holder.querySelector("[data-time-zone-status]");

        /* The first use of Intl costs tens of milliseconds, so it waits for the
           first click where events.css shows the switch anyway. */
        function zoneOfVisitor() {
            if (visitorZone === null) {
                visitorZone = new Intl.DateTimeFormat().resolvedOptions().timeZone || "";
            }
            return visitorZone;
        }

        if (!button) {
            return;
        }
        if (!eventZone || typeof Intl === "undefined" || (!shownByStyle && !zoneOfVisitor())) {
            holder.parentNode.removeChild(holder);  /* of no use here (events.css may show it) */
            return;
        }
        /* Read on the first click, not at load. */
        var times, zones, eventZoneName, visitorZoneName;
        var clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

        function prepare() {
            if (times) {
                return;
            }
            times = Array.prototype.slice.call(document.querySelectorAll("time[data-event-time]"));
            zones = Array.prototype.slice.call(document.querySelectorAll("[data-event-zone]"));
            // Zones are named in the page's language ("대한민국 표준시"), never as IANA ids.
            eventZoneName = zones.length ? zones[0].textContent : zoneName(eventZone);
            visitorZoneName = zoneName(zoneOfVisitor());
        }

        function zoneName(zone) {
            try {
                var parts = new Intl.DateTimeFormat(language, {
                    timeZone: zone, timeZoneName: "long",
                }).formatToParts(new Date());
                for (var i = 0; i < parts.length; i++) {
                    if (parts[i].type === "timeZoneName") {
                        return parts[i].value;
                    }
                }
            } catch (error) {
                // An engine without timeZoneName parts: the id is still better than nothing.
            }
            return zone;
        }

        function localText(element) {
            var date = new Date(element.getAttribute("datetime"));
            if (isNaN(date.getTime())) {
                return element.dataset.eventText;
            }
            var options = Object.assign({ timeZone: visitorZone }, clock);
            var otherDay = dayKey(date, visitorZone) !== dayKey(date, eventZone);
            if (element.dataset.eventTime === "datetime") {
                Object.assign(options, { year: "numeric", month: "long", day: "numeric" });
            } else if (otherDay) {
                Object.assign(options, { month: "short", day: "numeric" });
            }
            return new Intl.DateTimeFormat(language, options).format(date);
        }

        function show(local) {
            times.forEach(function (element) {
                if (element.dataset.eventText === undefined) {
                    element.dataset.eventText = element.textContent;
                }
                element.textContent = local ? localText(element) : element.dataset.eventText;
            });
            zones.forEach(function (element) {
                element.textContent = local ? visitorZoneName : eventZoneName;
            });
            button.setAttribute("aria-pressed", local ? "true" : "false");
            if (status) {
                status.textContent = fill(
                    local ? button.dataset.messageLocal : button.dataset.messageEvent,
                    { zone: local ? visitorZoneName : eventZoneName }
                );
            }
        }

        button.addEventListener("click", function () {
            if (zoneOfVisitor()) {
                prepare();
                show(button.getAttribute("aria-pressed") !== "true");
            }
        });
        holder.hidden = false;
    }

    /* 3. Links to sessions ------------------------------------------------ */

    function followSessionLink() {
        var match = /^#session-([\w-]+)$/.exec(window.location.hash);
        var entry = match && document.getElementById("session-" + match[1]);
        if (entry && entry.hasAttribute("data-session-id")) {
            entry.focus({ preventScroll: true });
        }
    }

    function start() {
        var language = document.documentElement.lang || undefined;
        Array.prototype.forEach.call(document.querySelectorAll("[data-agenda]"), setupAgenda);
        Array.prototype.forEach.call(document.querySelectorAll("[data-event-time-zone]"), function (event) {
            setupTimeZone(event, language);
        });
        followSessionLink();
        window.addEventListener("hashchange", followSessionLink);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
