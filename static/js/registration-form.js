// Conditional questions: a field with data-show-if is shown only when the
// named field has the given answer. Without JavaScript every question shows,
// and the server ignores answers whose condition is not met.
(function () {
  "use strict";
  function valueOf(form, name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    var values = [];
    inputs.forEach(function (input) {
      if (input.type === "checkbox" || input.type === "radio") {
        if (input.checked) values.push(input.type === "checkbox" && input.value === "on" ? "yes" : input.value);
      } else if (input.value) {
        values.push(input.value);
      }
    });
    return values;
  }
  function update(form) {
    form.querySelectorAll("[data-show-if]").forEach(function (input) {
      var box = input.closest(".form-field");
      if (!box) return;
      var wanted = (input.getAttribute("data-show-if-value") || "").trim().toLowerCase();
      var values = valueOf(form, input.getAttribute("data-show-if")).map(function (v) { return v.trim().toLowerCase(); });
      var show = wanted ? values.indexOf(wanted) !== -1 || (wanted === "yes" && values.indexOf("yes") !== -1) : values.length > 0;
      box.hidden = !show;
    });
  }
  document.querySelectorAll("form.registration-form").forEach(function (form) {
    form.addEventListener("change", function () { update(form); });
    update(form);
  });
  // After a refused form, start at the list of what to correct (read out by screen readers).
  var summary = document.querySelector(".form-errors--summary");
  if (summary) summary.focus();
})();
