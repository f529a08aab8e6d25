// The referral shortlist: listings picked across pages, kept in localStorage. The sheet itself lives in the URL
// (?ids=a,b,c); this script only remembers the picks between pages and keeps the header's link up to date.
(function () {
  "use strict";
  var KEY = "repertoire.shortlist";
  var MAX = 30;
  document.documentElement.classList.add("js");

  function read() {
    try {
      var ids = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string" && /^[a-z0-9-]+$/.test(id); }) : [];
    } catch (e) {
      return [];
    }
  }

  function write(ids) {
    try { window.localStorage.setItem(KEY, JSON.stringify(ids.slice(0, MAX))); } catch (e) { /* private mode: picks last for this page only */ }
    refresh();
  }

  function has(id) { return read().indexOf(id) >= 0; }
  function add(id) { var ids = read(); if (ids.indexOf(id) < 0) { ids.push(id); write(ids); } }
  function remove(id) { write(read().filter(function (x) { return x !== id; })); }
  function clear() { write([]); }

  function sheetUrl(base, ids) { return ids.length ? base + "?ids=" + ids.map(encodeURIComponent).join(",") : base; }

  function refresh() {
    var ids = read();
    document.querySelectorAll("[data-shortlist-count]").forEach(function (el) {
      el.textContent = String(ids.length);
      el.hidden = ids.length === 0;
    });
    document.querySelectorAll("[data-shortlist-link]").forEach(function (a) {
      a.href = sheetUrl(a.getAttribute("data-shortlist-link"), ids);
    });
    document.querySelectorAll("input[data-shortlist-id]").forEach(function (box) {
      box.checked = ids.indexOf(box.getAttribute("data-shortlist-id")) >= 0;
    });
    document.querySelectorAll("[data-shortlist-toggle]").forEach(function (el) {
      var on = ids.indexOf(el.getAttribute("data-shortlist-toggle")) >= 0;
      if (!el.hasAttribute("data-label-off")) el.setAttribute("data-label-off", el.textContent);
      el.setAttribute("role", "button");
      el.setAttribute("aria-pressed", on ? "true" : "false");
      el.textContent = on ? el.getAttribute("data-label-on") : el.getAttribute("data-label-off");
    });
  }

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.hasAttribute("data-shortlist-id")) return;
    if (box.checked) add(box.getAttribute("data-shortlist-id")); else remove(box.getAttribute("data-shortlist-id"));
  });

  document.addEventListener("click", function (event) {
    var toggle = event.target instanceof Element ? event.target.closest("[data-shortlist-toggle]") : null;
    if (toggle) {
      event.preventDefault();
      var id = toggle.getAttribute("data-shortlist-toggle");
      if (has(id)) remove(id); else add(id);
      return;
    }
    var removal = event.target instanceof Element ? event.target.closest("[data-shortlist-remove]") : null;
    if (removal) remove(removal.getAttribute("data-shortlist-remove"));
  });

  document.addEventListener("keydown", function (event) {
    // A link acting as a toggle button must answer the space bar like a button.
    var toggle = event.target instanceof Element ? event.target.closest("[data-shortlist-toggle]") : null;
    if (toggle && event.key === " ") { event.preventDefault(); toggle.click(); }
  });

  // The results form sends only this page's ticks; with the shortlist the sheet gets every pick.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || form.id !== "shortlist-form") return;
    event.preventDefault();
    window.location.href = sheetUrl(form.getAttribute("action"), read());
  });

  window.RepertoireShortlist = { read: read, write: write, add: add, remove: remove, clear: clear, refresh: refresh, sheetUrl: sheetUrl };
  refresh();
})();
