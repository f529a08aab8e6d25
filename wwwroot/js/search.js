// As-you-type search: the page works as a plain GET form; with this script, typing and ticking facets fetch the
// results region of the same URL and swap it in, and history.replaceState keeps the address shareable.
(function () {
  "use strict";
  var form = document.querySelector("form[data-live-search]");
  var live = document.getElementById("search-live");
  if (!form || !live || !window.fetch || !window.DOMParser) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var timer = 0;
  var pending = null;

  function currentUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  // On a phone the facets start folded so the results come first; a refresh keeps the fold the user chose.
  var narrow = window.matchMedia("(max-width: 60rem)");
  var foldState = null;
  function applyFold(region) {
    var panel = region.querySelector("[data-fold-narrow]");
    if (!panel) return;
    panel.open = foldState === null ? !narrow.matches : foldState;
    panel.querySelector("summary").addEventListener("click", function () { foldState = !panel.open; });
  }
  applyFold(live);
  // Turning a tablet or resizing the window across the breakpoint folds or unfolds, unless the user chose.
  narrow.addEventListener("change", function () {
    var panel = live.querySelector("[data-fold-narrow]");
    if (panel && foldState === null) panel.open = !narrow.matches;
  });

  function update() {
    var url = currentUrl();
    if (pending) pending.abort();
    pending = new AbortController();
    var focusedId = document.activeElement && live.contains(document.activeElement) ? document.activeElement.id : null;
    live.setAttribute("aria-busy", "true");
    fetch(url, { headers: { "X-Repertoire-Partial": "1" }, signal: pending.signal, credentials: "same-origin" })
      .then(function (response) {
        var title = response.headers.get("X-Repertoire-Title");
        if (title) document.title = decodeURIComponent(title);
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("search-live");
        // No results region (an error or "too many requests" page): show the server's answer as a page of its own
        // rather than leaving results that no longer match the form.
        if (!fresh) { window.location.href = url; return; }
        applyFold(fresh);
        live.replaceWith(fresh);
        live = fresh;
        history.replaceState(null, "", url);
        var query = url.indexOf("?") >= 0 ? url.slice(url.indexOf("?")) : "";
        document.querySelectorAll("a.language-switch, link[rel=alternate][hreflang]").forEach(function (a) {
          a.setAttribute("href", a.getAttribute("href").split("?")[0] + query);
        });
        var count = document.getElementById("results-count");
        if (status && count) status.textContent = count.textContent;
        if (focusedId && document.getElementById(focusedId)) document.getElementById(focusedId).focus();
        if (window.RepertoireShortlist) window.RepertoireShortlist.refresh();
        if (window.RepertoireMap) window.RepertoireMap.refresh(fresh);
      })
      .catch(function (error) {
        if (error && error.name === "AbortError") return;
        // Offline or a server error: fall back to an ordinary page load.
        window.location.href = url;
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 250);
  });

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box instanceof HTMLInputElement && box.form === form && box.type === "checkbox") update();
  });
})();
