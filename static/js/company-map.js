// The company page's small map: one marker at the company's coordinates.
(function () {
  "use strict";
  const element = document.getElementById("company-map");
  if (!element || typeof window.L === "undefined") {
    return;
  }
  const data = element.dataset;
  const position = [Number.parseFloat(data.lat), Number.parseFloat(data.lng)];
  const map = L.map(element, { scrollWheelZoom: false }).setView(position, 11);
  L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 18 }).addTo(map);
  const icon = L.divIcon({ className: "map-marker map-marker--company", iconSize: [18, 18] });
  L.marker(position, { icon: icon, title: data.name, keyboard: false }).addTo(map);
})();
