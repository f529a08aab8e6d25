/*! Repertoire search widget: as-you-type search of the Brussels social and health directory.
 * <div data-repertoire-search data-lang="nl" data-basin="nord"></div>
 * <script src="https://…/widget/repertoire-search.js" defer></script>
 * No dependencies. Every listing and query is rendered as text; in snippets only <mark> becomes an element.
 * Options and defaults: docs/widget.md. */
(function () {
  "use strict";
  if (window.RepertoireSearch) return;

  // Read while the script runs: document.currentScript is null afterwards. An element named "currentScript"
  // could clobber it, hence the instanceof check.
  var current = document.currentScript;
  var scriptUrl = current instanceof HTMLScriptElement && current.src ? new URL(current.src, location.href) : null;

  var STRINGS = {
    fr: {
      label: "Rechercher un service social ou de santé à Bruxelles",
      placeholder: "Un besoin, un service, une commune…",
      loading: "Recherche…",
      none: "Aucun résultat pour « [SEARCH_TERM] »",
      one: "1 résultat pour « [SEARCH_TERM] »",
      many: "[COUNT] résultats pour « [SEARCH_TERM] »",
      error: "La recherche est indisponible pour le moment. Réessayez plus tard.",
      results: "Résultats",
      all: "Voir les [COUNT] résultats sur le site",
      all_one: "Voir le résultat sur le site"
    },
    nl: {
      label: "Zoek een sociale of gezondheidsdienst in Brussel",
      placeholder: "Een hulpvraag, een dienst, een gemeente…",
      loading: "Zoeken…",
      none: "Geen resultaten voor ‘[SEARCH_TERM]’",
      one: "1 resultaat voor ‘[SEARCH_TERM]’",
      many: "[COUNT] resultaten voor ‘[SEARCH_TERM]’",
      error: "Zoeken is momenteel niet beschikbaar. Probeer het later opnieuw.",
      results: "Resultaten",
      all: "Alle [COUNT] resultaten op de site bekijken",
      all_one: "Het resultaat op de site bekijken"
    }
  };

  var counter = 0;
  var P = "repertoire-search";

  function language(opts, el) {
    var code = opts.lang || el.getAttribute("data-lang") || document.documentElement.lang || "fr";
    code = String(code).slice(0, 2).toLowerCase();
    return STRINGS[code] ? code : "fr";
  }

  function format(text, values) {
    return text.replace(/\[([A-Z_]+)\]/g, function (m, key) { return key in values ? values[key] : m; });
  }

  function make(tag, cls, attrs) {
    var node = document.createElement(tag);
    if (cls) node.className = P + "__" + cls;
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    return node;
  }

  // Decodes the entities the API's HTML escaping produces, without handing any markup to the parser.
  function decode(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|#39);/gi, function (m, e) {
      var named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()];
      if (named) return named;
      var code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  }

  // The snippet is escaped text in which only <mark>…</mark> is markup: split on those literal tags, everything
  // else becomes text nodes.
  function snippet(target, html) {
    var inMark = false;
    String(html || "").split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === "<mark>") inMark = true;
      else if (part === "</mark>") inMark = false;
      else if (part) {
        var text = document.createTextNode(decode(part));
        if (inMark) {
          var mark = make("mark", "mark");
          mark.appendChild(text);
          target.appendChild(mark);
        } else target.appendChild(text);
      }
    });
  }

  function safeUrl(url, base) {
    try {
      var u = new URL(url, base);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function data(el, name) {
    var v = el.getAttribute("data-" + name);
    return v === null || v === "" ? undefined : v;
  }

  function mount(el, options) {
    if (!el || el.getAttribute("data-repertoire-search-mounted")) return null;
    var opts = options || {};
    var lang = language(opts, el);
    var t = Object.assign({}, STRINGS[lang], (opts.translations || {})[lang]);
    var apiBase = String(opts.apiBase || data(el, "api-base") || (scriptUrl ? scriptUrl.origin : location.origin)).replace(/\/+$/, "");
    var siteBase = String(opts.siteBase || data(el, "site-base") || apiBase).replace(/\/+$/, "");
    var basin = opts.basin || data(el, "basin");
    var pageSize = +(opts.pageSize || data(el, "page-size") || 5);
    var debounce = +(opts.debounce != null ? opts.debounce : data(el, "debounce") || 200);
    var minChars = +(opts.minChars || data(el, "min-chars") || 2);
    var target = opts.target || data(el, "target") || "_self";
    var id = P + "-" + ++counter;

    el.setAttribute("data-repertoire-search-mounted", "true");
    var css = opts.css != null ? opts.css : data(el, "css");
    if (css !== false && css !== "false") addStylesheet(typeof css === "string" ? css : null);
    var root = make("div", "", { lang: lang });
    root.className = P;
    var label = make("label", "label", { for: id + "-input" });
    label.textContent = t.label;
    var input = make("input", "input", {
      id: id + "-input", type: "search", role: "combobox", autocomplete: "off", spellcheck: "false",
      "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": id + "-listbox",
      placeholder: t.placeholder, maxlength: "500"
    });
    var list = make("ul", "list", { id: id + "-listbox", role: "listbox", "aria-label": t.results });
    list.hidden = true;
    var status = make("div", "status", { role: "status", "aria-live": "polite" });
    // Outside the listbox (which holds options only) and below the status, so it stays when the list closes.
    var all = make("a", "all");
    all.hidden = true;
    if (target !== "_self") { all.setAttribute("target", target); all.setAttribute("rel", "noopener"); }
    root.appendChild(label);
    root.appendChild(input);
    root.appendChild(list);
    root.appendChild(status);
    root.appendChild(all);
    el.appendChild(root);

    var options_ = [];
    var active = -1;
    var timer = 0;
    var controller = null;
    var last = "";

    function open(yes) {
      list.hidden = !yes;
      input.setAttribute("aria-expanded", yes ? "true" : "false");
      if (!yes) setActive(-1);
    }

    function setActive(i) {
      if (active >= 0 && options_[active]) options_[active].setAttribute("aria-selected", "false");
      active = i;
      if (i >= 0 && options_[i]) {
        options_[i].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options_[i].id);
        options_[i].scrollIntoView({ block: "nearest" });
      } else input.removeAttribute("aria-activedescendant");
    }

    function follow(i) {
      var url = options_[i] && options_[i].getAttribute("data-url");
      if (!url) return;
      if (target === "_self") location.assign(url);
      else window.open(url, target, "noopener");
    }

    function showAll(href, total) {
      all.hidden = !href;
      if (!href) { all.removeAttribute("href"); return; }
      all.setAttribute("href", href);
      all.textContent = format(total === 1 ? t.all_one : t.all, { COUNT: total });
    }

    function render(query, body) {
      list.textContent = "";
      options_ = [];
      active = -1;
      // A result names its commune by id; the commune facet of the same answer carries its name in the language.
      var communes = {};
      ((body.facets && body.facets.commune) || []).forEach(function (c) { communes[c.id] = c.label; });
      (body.results || []).slice(0, pageSize).forEach(function (r, i) {
        var url = safeUrl(r.url, siteBase + "/");
        if (!url) return;
        var li = make("li", "result", { id: id + "-option-" + i, role: "option", "aria-selected": "false", "data-url": url });
        var name = make("span", "name");
        name.textContent = r.name || "";
        li.appendChild(name);
        if (r.commune && communes[r.commune]) {
          var place = make("span", "place");
          place.textContent = communes[r.commune];
          li.appendChild(place);
        }
        if (r.snippet) {
          var excerpt = make("span", "snippet");
          snippet(excerpt, r.snippet);
          li.appendChild(excerpt);
        }
        li.addEventListener("mousedown", function (e) { e.preventDefault(); });
        li.addEventListener("click", function () { follow(options_.indexOf(li)); });
        list.appendChild(li);
        options_.push(li);
      });
      var total = body.total != null ? body.total : options_.length;
      status.textContent = format(total === 0 ? t.none : total === 1 ? t.one : t.many, { COUNT: total, SEARCH_TERM: query });
      showAll(total > 0 && body.url ? safeUrl(body.url, siteBase + "/") : null, total);
      open(options_.length > 0);
    }

    // Drops the search waiting for its debounce and the one in flight: once the list is dismissed or the field cleared,
    // a late answer must not open the list again.
    function cancelPending() {
      clearTimeout(timer);
      if (controller) {
        controller.abort();
        controller = null;
        last = "";
        status.textContent = "";
        root.removeAttribute("aria-busy");
      }
    }

    function search(query) {
      if (controller) controller.abort();
      controller = typeof AbortController === "function" ? new AbortController() : null;
      var params = new URLSearchParams({ q: query, lang: lang, per_page: String(pageSize) });
      if (basin) String(basin).split(/[\s,]+/).forEach(function (b) { if (b) params.append("basin", b); });
      status.textContent = t.loading;
      root.setAttribute("aria-busy", "true");
      var mine = controller;
      fetch(apiBase + "/api/v1/search?" + params, { signal: mine && mine.signal, headers: { Accept: "application/json" }, credentials: "omit" })
        .then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.json();
        })
        .then(function (body) {
          if (mine === controller) render(query, body);
        }, function (e) {
          if (e && e.name === "AbortError") return;
          if (mine !== controller) return;
          list.textContent = "";
          options_ = [];
          open(false);
          showAll(null);
          status.textContent = t.error;
        })
        .then(function () { if (mine === controller) root.removeAttribute("aria-busy"); });
    }

    input.addEventListener("input", function () {
      var query = input.value.trim();
      clearTimeout(timer);
      if (query === last) return;
      last = query;
      if (query.length < minChars) {
        cancelPending();
        list.textContent = "";
        options_ = [];
        open(false);
        showAll(null);
        status.textContent = "";
        return;
      }
      timer = setTimeout(function () { search(query); }, debounce);
    });

    input.addEventListener("keydown", function (e) {
      var n = options_.length;
      var shown = !list.hidden && n > 0;
      switch (e.key) {
        case "ArrowDown":
          if (!n) return;
          if (!shown) open(true);
          setActive(active < n - 1 ? active + 1 : 0);
          break;
        case "ArrowUp":
          if (!n) return;
          if (!shown) open(true);
          setActive(active > 0 ? active - 1 : n - 1);
          break;
        case "Home":
          if (!shown || active < 0) return;
          setActive(0);
          break;
        case "End":
          if (!shown || active < 0) return;
          setActive(n - 1);
          break;
        case "Enter":
          if (!shown) return;
          follow(active >= 0 ? active : 0);
          break;
        case "Escape":
          cancelPending();
          if (shown) open(false);
          else if (input.value) {
            input.value = "";
            last = "";
            status.textContent = "";
            showAll(null);
          } else return;
          break;
        default:
          return;
      }
      e.preventDefault();
    });

    input.addEventListener("blur", function () { open(false); });
    input.addEventListener("focus", function () { if (options_.length) open(true); });

    return {
      input: input,
      destroy: function () {
        cancelPending();
        el.removeChild(root);
        el.removeAttribute("data-repertoire-search-mounted");
      }
    };
  }

  function addStylesheet(href) {
    if (document.querySelector("link[data-repertoire-search-css]")) return;
    var url = href ? safeUrl(href, location.href) : scriptUrl && new URL("repertoire-search.css", scriptUrl).href;
    if (!url) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = url;
    link.setAttribute("data-repertoire-search-css", "");
    document.head.appendChild(link);
  }

  function mountAll() {
    var els = document.querySelectorAll("[data-repertoire-search]");
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  window.RepertoireSearch = { mount: mount, strings: STRINGS, version: "1" };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
