/* The map page: Leaflet with clustered markers from the page's own GeoJSON endpoint.
 *
 * Progressive enhancement: without JavaScript (or when this fails) the page shows the same
 * places as a list. Every text comes from data attributes rendered in the page's language;
 * names from the data are inserted as text, never as HTML.
 */
(function () {
  "use strict";

  const container = document.getElementById("map");
  const wrapper = document.getElementById("map-wrapper");
  const status = document.getElementById("map-status");
  if (!container || !wrapper || typeof window.L === "undefined" || !L.markerClusterGroup) {
    return;
  }
  const texts = container.dataset;
  const format = (template, count) =>
    template.replace("%(count)s", count.toLocaleString(document.documentElement.lang));

  wrapper.hidden = false;
  status.textContent = texts.loading;

  const map = L.map(container, { zoomControl: false, scrollWheelZoom: false });
  map.setView([47.4, 16.6], 7);
  L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
  L.tileLayer(texts.tileUrl, { attribution: texts.attribution, maxZoom: 18 }).addTo(map);

  const icons = {};
  for (const type of ["company", "network", "case"]) {
    icons[type] = L.divIcon({
      className: "map-marker map-marker--" + type,
      iconSize: [18, 18],
      html: "",
    });
  }

  const clusters = L.markerClusterGroup({
    chunkedLoading: true,
    showCoverageOnHover: false,
    iconCreateFunction(cluster) {
      const count = cluster.getChildCount();
      const size = count < 10 ? 34 : count < 100 ? 40 : 48;
      const html = document.createElement("span");
      const number = document.createElement("span");
      number.setAttribute("aria-hidden", "true");
      number.textContent = count.toLocaleString(document.documentElement.lang);
      const label = document.createElement("span");
      label.className = "visually-hidden";
      label.textContent = format(texts.clusterLabel, count);
      html.append(number, label);
      return L.divIcon({ html: html.innerHTML, className: "map-cluster", iconSize: [size, size] });
    },
  });

  function popup(properties) {
    const box = document.createElement("div");
    const kind = document.createElement("p");
    kind.className = "map-popup-kind";
    kind.textContent = properties.label;
    const link = document.createElement("a");
    link.className = "map-popup-link";
    link.href = properties.url;
    link.textContent = properties.name;
    if (properties.lang && properties.lang !== document.documentElement.lang) {
      link.lang = properties.lang;
    }
    box.append(kind, link);
    if (properties.detail) {
      const detail = document.createElement("p");
      detail.className = "map-popup-detail";
      detail.textContent = properties.detail;
      box.append(detail);
    }
    return box;
  }

  fetch(texts.url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((collection) => {
      const markers = collection.features.map((feature) => {
        const [longitude, latitude] = feature.geometry.coordinates;
        const properties = feature.properties;
        const marker = L.marker([latitude, longitude], {
          icon: icons[properties.type] || icons.company,
          title: properties.label + ": " + properties.name,
          keyboard: true,
        });
        marker.bindPopup(() => popup(properties));
        return marker;
      });
      clusters.addLayers(markers);
      map.addLayer(clusters);
      if (markers.length) {
        map.fitBounds(clusters.getBounds(), { padding: [30, 30], maxZoom: 11 });
      }
      status.textContent = format(texts.countLabel, markers.length);
    })
    .catch(() => {
      status.textContent = texts.error;
    });
})();
