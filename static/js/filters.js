// Progressive enhancement of the filter forms; without JavaScript they work as plain forms.
(function () {
  var narrow = window.matchMedia("(max-width: 59.99rem)");
  document.querySelectorAll("details.filter-toggle").forEach(function (details) {
    // On a phone the form would push the results below the fold: start it closed there,
    // unless it has errors to show.
    if (narrow.matches && !details.querySelector(".errorlist")) {
      details.open = false;
    }
    // Escape closes the open panel on a phone and puts focus back on its toggle.
    details.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && details.open && narrow.matches) {
        details.open = false;
        details.querySelector("summary").focus();
      }
    });
  });
  // Fields left empty stay out of the address, so a shared link reads as the filters
  // chosen: ?city=busan rather than ?city=busan&kind=&programme=&from=&to=.
  document.querySelectorAll("form.filter-form").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("select, input").forEach(function (field) {
        if (field.name && field.value === "" && field.type !== "checkbox") {
          field.disabled = true;
        }
      });
    });
  });
  // Coming back with the browser's Back button shows the page as it was left, fields
  // disabled on submit included: enable them again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form.filter-form [disabled]").forEach(function (field) {
      field.disabled = false;
    });
  });
})();
