/* The delegation form: add and remove member rows, up to the organizers' limit.
 *
 * Without this script the form shows a few rows, which is enough for small
 * delegations. With it, "Add a member" appends a row made from the formset's
 * empty form (<template data-member-template>, "__prefix__" and "__number__"
 * replaced), each row gets "Remove this member", and the rows are renumbered so
 * that Django's formset sees members-0 … members-N-1 and TOTAL_FORMS = N.
 * A static file (no inline script): the page works under a strict Content
 * Security Policy.
 */
(function () {
    "use strict";

    function start() {
        var container = document.querySelector("[data-members]");
        var template = document.querySelector("template[data-member-template]");
        var add = document.querySelector("[data-add-member]");
        if (!container || !template || !add) {
            return;
        }
        var prefix = container.dataset.prefix;
        var max = parseInt(container.dataset.max, 10) || 0;
        var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
        var status = document.querySelector("[data-members-status]");

        function rows() {
            return Array.prototype.slice.call(container.querySelectorAll("[data-member]"));
        }

        function renumber() {
            var pattern = new RegExp(prefix + "-(\\d+|__prefix__)-", "g");
            rows().forEach(function (row, index) {
                Array.prototype.forEach.call(row.querySelectorAll("[name], [id], [for], [aria-describedby]"), function (element) {
                    ["name", "id", "for", "aria-describedby"].forEach(function (attribute) {
                        var value = element.getAttribute(attribute);
                        if (value) {
                            element.setAttribute(attribute, value.replace(pattern, prefix + "-" + index + "-"));
                        }
                    });
                });
                var legend = row.querySelector("legend");
                if (legend) {
                    if (legend.dataset.template === undefined) {
                        legend.dataset.template = legend.textContent.replace(/\d+/, "__number__");
                    }
                    legend.textContent = legend.dataset.template.replace("__number__", String(index + 1));
                }
            });
            total.value = String(rows().length);
            add.disabled = rows().length >= max;
        }

        function say(text) {
            if (status) {
                status.textContent = text;
            }
        }

        function enable(row) {
            var button = row.querySelector("[data-remove-member]");
            if (!button) {
                return;
            }
            button.hidden = false;
            button.addEventListener("click", function () {
                var next = row.nextElementSibling || row.previousElementSibling;
                row.parentNode.removeChild(row);
                renumber();
                say(status ? status.dataset.removed : "");
                (next ? next.querySelector("input, select, textarea") : add).focus();
            });
        }

        add.addEventListener("click", function () {
            if (rows().length >= max) {
                return;
            }
            var html = template.innerHTML
                .replace(/__prefix__/g, String(rows().length))
                .replace(/__number__/g, String(rows().length + 1));
            var holder = document.createElement("div");
            holder.innerHTML = html.trim();
            var row = holder.firstElementChild;
            container.appendChild(row);
            enable(row);
            renumber();
            say(status ? status.dataset.added.replace("{number}", String(rows().length)) : "");
            var first = row.querySelector("input, select, textarea");
            if (first) {
                first.focus();
            }
        });

        rows().forEach(enable);
        add.hidden = false;
        renumber();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
