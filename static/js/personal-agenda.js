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
        var buttons = Array.prototype.slice.call(agenda.querySelectorAll("button[data-star]"));
        /* The list entries, in agenda order: the source of titles and times. */
        var entries = Array.prototype.slice.call(agenda.querySelectorAll("li[data-session-id]"));
        var known = entries.map(function (entry) { return entry.dataset.sessionId; });
        var starred = readIds(key).filter(function (id) { return known.indexOf(id) !== -1; });

        function entryFor(id) {
            return entries[known.indexOf(id)];
        }

        function titleOf(id) {
            return text(entryFor(id).querySelector("[data-session-title]"));
        }

        function ordered() {
            return known.filter(function (id) { return starred.indexOf(id) !== -1; });
        }

        function render() {
            buttons.forEach(function (button) {
                var on = starred.indexOf(button.dataset.star) !== -1;
                button.setAttribute("aria-pressed", on ? "true" : "false");
                button.querySelector(".star-toggle__label").textContent =
                    on ? agenda.dataset.labelAdded : agenda.dataset.labelAdd;
            });
            if (!panel) {
                return;
            }
            var ids = ordered();
            list.textContent = "";
            ids.forEach(function (id) {
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
            list.hidden = ids.length === 0;
            if (empty) {
                empty.hidden = ids.length > 0;
            }
            if (download) {
                download.hidden = ids.length === 0;
                var anchor = download.querySelector("a");
                anchor.href = panel.dataset.calendarUrl + "?sessions=" + ids.join(",");
            }
        }

        function toggle(id) {
            var on = starred.indexOf(id) === -1;
            starred = on ? starred.concat([id]) : starred.filter(function (other) { return other !== id; });
            writeIds(key, ordered());
            render();
            if (status) {
                var template = on ? agenda.dataset.messageAdded : agenda.dataset.messageRemoved;
                status.textContent = fill(template, { title: titleOf(id) });
            }
        }

        buttons.forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { toggle(button.dataset.star); });
        });
        if (panel) {
            panel.hidden = false;
        }
        render();

        /* Another tab of the same event changed the stars. */
        window.addEventListener("storage", function (event) {
            if (event.key === key) {
                starred = readIds(key).filter(function (id) { return known.indexOf(id) !== -1; });
                render();
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
        if (!button || typeof Intl === "undefined") {
            return;
        }
        var eventZone = event.dataset.eventTimeZone;
        var visitorZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
        var status = holder.querySelector("[data-time-zone-status]");
        if (!eventZone || !visitorZone) {
            return;
        }
        var times = Array.prototype.slice.call(document.querySelectorAll("time[data-event-time]"));
        var zones = Array.prototype.slice.call(document.querySelectorAll("[data-event-zone]"));
        var clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
        // Zones are named in the page's language ("대한민국 표준시"), never as IANA ids.
        var eventZoneName = zones.length ? zones[0].textContent : zoneName(eventZone);
        var visitorZoneName = zoneName(visitorZone);

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
            show(button.getAttribute("aria-pressed") !== "true");
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
