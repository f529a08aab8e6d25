// The listing page's "pass it on" buttons: copy the link, print. Without this script the link stays a field to
// copy by hand and the browser's own print works; these buttons are hidden until it runs (.js-only).
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  document.addEventListener("click", function (event) {
    var copy = event.target.closest("[data-copy]");
    if (copy) {
      var field = document.getElementById(copy.getAttribute("data-copy"));
      if (!field) return;
      var done = function () {
        var label = copy.textContent;
        copy.textContent = copy.getAttribute("data-copied");
        window.setTimeout(function () { copy.textContent = label; }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
      } else {
        // Plain http (a local site): select the text so that the visitor can copy it.
        field.focus();
        field.select();
      }
      return;
    }
    if (event.target.closest("[data-print]")) window.print();
  });
})();
