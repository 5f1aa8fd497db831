// On a phone the filter form would push the results below the fold: start it closed
// there, unless the form has errors to show. Without JavaScript it simply stays open.
(function () {
  var narrow = window.matchMedia("(max-width: 59.99rem)");
  document.querySelectorAll("details.filter-toggle").forEach(function (details) {
    if (narrow.matches && !details.querySelector(".errorlist")) {
      details.open = false;
    }
  });
})();
