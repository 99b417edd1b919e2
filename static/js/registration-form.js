// Conditional questions: a field with data-show-if is shown only when the
// named field has the given answer. Without JavaScript every question shows,
// and the server ignores answers whose condition is not met.
(function () {
  "use strict";
  // The words that mean "ticked" for a yes/no checkbox, as RegistrationForm._matches has them.
  var YES = ["yes", "true", "1", "예", "네", "はい", "on"];
  function valueOf(form, name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    var values = [];
    inputs.forEach(function (input) {
      if (input.type === "checkbox" || input.type === "radio") {
        if (input.checked) values.push(input.value);
      } else if (input.value) {
        values.push(input.value);
      }
    });
    return values;
  }
  // A single checkbox without a value of its own (a yes/no question) is a boolean.
  function booleanBox(form, name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    return inputs.length === 1 && inputs[0].type === "checkbox" && inputs[0].value === "on" ? inputs[0] : null;
  }
  function matches(form, name, wanted) {
    var box = booleanBox(form, name);
    if (box && wanted) return box.checked === (YES.indexOf(wanted) !== -1);
    var values = valueOf(form, name).map(function (v) { return v.trim().toLowerCase(); });
    return wanted ? values.indexOf(wanted) !== -1 : values.length > 0;
  }
  function update(form) {
    form.querySelectorAll("[data-show-if]").forEach(function (input) {
      var box = input.closest(".form-field");
      if (!box) return;
      var wanted = (input.getAttribute("data-show-if-value") || "").trim().toLowerCase();
      box.hidden = !matches(form, input.getAttribute("data-show-if"), wanted);
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
