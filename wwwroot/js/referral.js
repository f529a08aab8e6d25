// The referral sheet's buttons: print, and forget the picks. An empty sheet opened from the menu shows the picks.
(function () {
  "use strict";
  var sheet = document.querySelector("[data-referral]");
  var shortlist = window.RepertoireShortlist;
  if (!sheet || !shortlist) return;
  var base = window.location.pathname;

  if (sheet.getAttribute("data-ids") === "" && shortlist.read().length > 0) {
    window.location.replace(shortlist.sheetUrl(base, shortlist.read()));
    return;
  }

  var print = sheet.querySelector("[data-print]");
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }

  var clear = sheet.querySelector("[data-shortlist-clear]");
  if (clear) {
    clear.hidden = false;
    clear.addEventListener("click", function () {
      shortlist.clear();
      window.location.href = base;
    });
  }

  var share = document.getElementById("share-url");
  if (share) share.addEventListener("focus", function () { share.select(); });
})();
