// Draws the small territory maps of the reference pages: the territory's level from its GeoJSON file, the
// territory highlighted, the view fitted to it. Loaded as a file because the content security policy forbids
// inline scripts.
(function () {
  "use strict";

  const files = {};

  function load(url) {
    if (!files[url]) {
      files[url] = fetch(url, { credentials: "same-origin" }).then((response) => {
        if (!response.ok) {
          throw new Error("HTTP " + response.status + " for " + url);
        }
        return response.json();
      });
    }
    return files[url];
  }

  // Bounding box of the largest polygon (so that a country's far-away islands do not shrink the view).
  function bounds(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let best = null;
    for (const polygon of polygons) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const [x, y] of polygon[0]) {
        minX = Math.min(minX, x); maxX = Math.max(maxX, x);
        minY = Math.min(minY, y); maxY = Math.max(maxY, y);
      }
      const area = (maxX - minX) * (maxY - minY);
      if (!best || area > best.area) {
        best = { minX, minY, maxX, maxY, area };
      }
    }
    return best;
  }

  function missing(element) {
    const note = document.createElement("p");
    note.textContent = element.dataset.missing;
    element.replaceWith(note);
  }

  function draw(element) {
    if (!window.echarts) {
      return;
    }
    const url = element.dataset.geo;
    const property = element.dataset.property;
    const key = element.dataset.key;
    load(url)
      .then((geojson) => {
        const feature = geojson.features.find((f) => f.properties && String(f.properties[property]) === key);
        if (!feature || !feature.geometry) {
          missing(element);
          return;
        }
        if (!window.echarts.getMap(url)) {
          window.echarts.registerMap(url, geojson);
        }
        const box = bounds(feature.geometry);
        const padX = Math.max((box.maxX - box.minX) * 0.75, 0.6);
        const padY = Math.max((box.maxY - box.minY) * 0.75, 0.4);
        const chart = window.echarts.init(element);
        chart.setOption({
          animation: false,
          series: [{
            type: "map",
            map: url,
            nameProperty: property,
            roam: true,
            selectedMode: false,
            boundingCoords: [[box.minX - padX, box.maxY + padY], [box.maxX + padX, box.minY - padY]],
            label: { show: false },
            itemStyle: { areaColor: "#e8ece9", borderColor: "#7d8c85", borderWidth: 0.5 },
            emphasis: { label: { show: false }, itemStyle: { areaColor: "#f2d16b" } },
            data: [{ name: key, value: 1, itemStyle: { areaColor: "#0b6e4f" } }]
          }]
        });
        window.addEventListener("resize", () => chart.resize());
        element.dataset.ready = "true";
      })
      .catch(() => missing(element));
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll(".ref-map").forEach(draw);
  });
})();
