// Maps of listings on an OpenStreetMap base map, drawn with Leaflet from the site's own /lib/leaflet/. Progressive
// enhancement only: each [data-map] element comes hidden with its pins as JSON, and is shown once Leaflet has loaded.
// Without JavaScript, or when Leaflet cannot load, the element stays hidden; when the tiles cannot load, the pins still
// show on a grey ground. The list or the listing's facts beside it say everything the map does.
(function () {
  "use strict";
  var loading = null;
  var maps = [];

  // Leaflet is loaded on first need only, so a page without coordinates never downloads it.
  function loadLeaflet(base) {
    if (window.L) return Promise.resolve(window.L);
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var waiting = 2;
      function loaded() { if (--waiting === 0) resolve(window.L); }
      function failed() { loading = null; reject(new Error("Leaflet could not be loaded from " + base)); }
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = base + "leaflet.css";
      css.onload = loaded;
      css.onerror = failed;
      var js = document.createElement("script");
      js.src = base + "leaflet.js";
      js.onload = loaded;
      js.onerror = failed;
      document.head.appendChild(css);
      document.head.appendChild(js);
    });
    return loading;
  }

  function popupOf(pin) {
    var element = document.createElement(pin.url ? "a" : "strong");
    element.textContent = pin.name;
    if (pin.url) element.href = pin.url;
    return element;
  }

  function draw(L, container) {
    var pins;
    try { pins = JSON.parse(container.getAttribute("data-map")); } catch (e) { return; }
    if (!pins || pins.length === 0) return;
    container.hidden = false;
    // The wheel scrolls the page, not the map: a visitor scrolling down a list must not get stuck zooming.
    var map = L.map(container, { scrollWheelZoom: false });
    L.tileLayer(container.getAttribute("data-tiles"), {
      maxZoom: 19,
      attribution: container.getAttribute("data-attribution"),
    }).addTo(map);
    var points = pins.map(function (pin) {
      L.marker([pin.lat, pin.lon], { title: pin.name, alt: pin.name }).bindPopup(popupOf(pin)).addTo(map);
      return [pin.lat, pin.lon];
    });
    if (points.length === 1) map.setView(points[0], 16);
    // Room for the zoom buttons at the top left and the pins' height above their point: no pin hides under a control.
    else map.fitBounds(points, { paddingTopLeft: [56, 56], paddingBottomRight: [32, 24], maxZoom: 16 });
    container.setAttribute("data-map-ready", String(points.length));
    maps.push(map);
  }

  // Draws the maps under root (the whole page, or the results region search.js has just swapped in), and frees the
  // maps whose element left the page (Leaflet keeps window listeners until a map is removed).
  function refresh(root) {
    maps = maps.filter(function (map) {
      if (document.body.contains(map.getContainer())) return true;
      map.remove();
      return false;
    });
    var containers = Array.prototype.slice.call((root || document).querySelectorAll("[data-map]"))
      .filter(function (c) { return !c.hasAttribute("data-map-ready"); });
    if (containers.length === 0) return;
    // Claimed now, so that a second refresh while Leaflet loads does not draw the same map twice.
    containers.forEach(function (c) { c.setAttribute("data-map-ready", ""); });
    loadLeaflet(containers[0].getAttribute("data-leaflet")).then(function (L) {
      containers.forEach(function (container) {
        if (document.body.contains(container)) draw(L, container);
      });
    }, function () {
      // No Leaflet (not installed, or unreachable): the maps stay hidden and the page is whole.
      containers.forEach(function (container) { container.setAttribute("data-map-ready", "unavailable"); });
    });
  }

  window.RepertoireMap = { refresh: refresh };
  refresh(document);
})();
