// Charts and maps of the mapping pages, initialised from data-* attributes (the content security policy forbids
// inline scripts). Every chart offers "save as image" (PNG) in its toolbox.
(function () {
  "use strict";

  const files = {};
  const GREEN = "#0b6e4f";

  function load(url) {
    if (!files[url]) {
      files[url] = fetch(url, { credentials: "same-origin" }).then((r) => {
        if (!r.ok) {
          throw new Error("HTTP " + r.status + " for " + url);
        }
        return r.json();
      });
    }
    return files[url];
  }

  function toolbox() {
    return { feature: { saveAsImage: { pixelRatio: 2 } } };
  }

  function bubble(element, data) {
    const chart = window.echarts.init(element);
    const size = Math.max(1, ...data.points.map((p) => p[2]));
    const series = (flag, name, color) => ({
      type: "scatter",
      name: name,
      data: data.points.filter((p) => p[4] === flag),
      symbolSize: (p) => 6 + 44 * Math.sqrt(p[2] / size),
      itemStyle: { color: color, opacity: 0.7 },
      markLine: flag === 1 ? {
        silent: true, symbol: "none", lineStyle: { color: "#888", type: "dashed" },
        data: [{ xAxis: 1 }].concat(data.yLine === null || data.yLine === undefined ? [] : [{ yAxis: data.yLine }])
      } : undefined
    });
    chart.setOption({
      animation: false,
      toolbox: toolbox(),
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 50 },
      tooltip: {
        formatter: (p) => p.data[3] + "<br>LQ " + p.data[0] + " · " + p.data[1] + " · " + Math.round(p.data[2]).toLocaleString()
      },
      xAxis: { name: data.x, nameLocation: "middle", nameGap: 30, type: "log", logBase: 10 },
      yAxis: { name: data.y, nameLocation: "middle", nameGap: 45, scale: true },
      series: [series(1, data.flagged, GREEN), series(0, data.other, "#9aa5a0")]
    });
    return chart;
  }

  function line(element, data) {
    const chart = window.echarts.init(element);
    chart.setOption({
      animation: false,
      toolbox: toolbox(),
      tooltip: { trigger: "axis" },
      legend: data.series ? { top: 0, type: "scroll" } : undefined,
      grid: { left: 60, right: 20, top: data.series ? 50 : 30, bottom: 30 },
      xAxis: { type: "category", data: data.years },
      yAxis: { type: "value", scale: true, name: data.series ? data.name : undefined },
      series: data.series
        ? data.series.map((s) => ({ type: "line", name: s.name, data: s.values, connectNulls: false }))
        : [{ type: "line", name: data.name, data: data.values, itemStyle: { color: GREEN } }]
    });
    return chart;
  }

  function bar(element, data) {
    const chart = window.echarts.init(element);
    chart.setOption({
      animation: false,
      toolbox: toolbox(),
      tooltip: { trigger: "axis" },
      grid: { left: 200, right: 30, top: 30, bottom: 30 },
      xAxis: { type: "value", max: "max" in data ? (data.max === null ? undefined : data.max) : 100,
               name: "unit" in data ? data.unit : "%" },
      yAxis: { type: "category", data: data.names.slice().reverse(), axisLabel: { width: 190, overflow: "truncate" } },
      series: [{ type: "bar", name: data.label, data: data.values.slice().reverse(), itemStyle: { color: GREEN } }]
    });
    return chart;
  }

  function heatmap(element, data) {
    const chart = window.echarts.init(element);
    const values = data.values.map((v) => v[2]);
    chart.setOption({
      animation: false,
      toolbox: toolbox(),
      tooltip: { formatter: (p) => data.clusters[p.data[1]] + " · " + data.regions[p.data[0]] + ": " + p.data[2] },
      grid: { left: 260, right: 30, top: 60, bottom: 60 },
      xAxis: { type: "category", data: data.regions, position: "top", axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: "category", data: data.clusters, inverse: true, axisLabel: { width: 250, overflow: "truncate" } },
      visualMap: {
        type: "piecewise", orient: "horizontal", left: "center", bottom: 0, text: [data.label, ""],
        pieces: [{ lt: 0.8, color: "#e8ece9" }, { gte: 0.8, lt: 1.25, color: "#9fd3bd" },
                 { gte: 1.25, lt: 2, color: "#3c9d78" }, { gte: 2, color: GREEN }]
      },
      series: [{ type: "heatmap", data: data.values, label: { show: values.length <= 300, fontSize: 9 } }]
    });
    return chart;
  }

  // Centre of the largest polygon of a feature.
  function centre(geometry) {
    if (!geometry) {
      return null;
    }
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
        best = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, area: area };
      }
    }
    return best;
  }

  function quantile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))];
  }

  // View box around the regions that have values, leaving out far-away outliers (Alaska, overseas territories).
  function viewBox(geojson, property, names) {
    const wanted = new Set(names);
    const xs = [], ys = [];
    for (const f of geojson.features) {
      if (f.properties && wanted.has(String(f.properties[property]))) {
        const c = centre(f.geometry);
        if (c) {
          xs.push(c.x);
          ys.push(c.y);
        }
      }
    }
    if (xs.length < 3) {
      return undefined;
    }
    xs.sort((a, b) => a - b);
    ys.sort((a, b) => a - b);
    const minX = quantile(xs, 0.05), maxX = quantile(xs, 0.95), minY = quantile(ys, 0.05), maxY = quantile(ys, 0.95);
    const padX = Math.max((maxX - minX) * 0.12, 1), padY = Math.max((maxY - minY) * 0.12, 1);
    return [[minX - padX, maxY + padY], [maxX + padX, minY - padY]];
  }

  function choropleth(element) {
    const url = element.dataset.geo;
    const property = element.dataset.property;
    const values = JSON.parse(element.dataset.values || "[]");
    const highlight = element.dataset.highlight;
    return load(url).then((geojson) => {
      if (!window.echarts.getMap(url)) {
        window.echarts.registerMap(url, geojson);
      }
      const numbers = values.map((v) => v.value).filter((v) => Number.isFinite(v));
      const max = numbers.length ? Math.max(...numbers) : 1;
      const chart = window.echarts.init(element);
      chart.setOption({
        animation: false,
        toolbox: toolbox(),
        tooltip: {
          trigger: "item",
          formatter: (p) => (p.data ? p.data.label + ": " + p.data.value : p.name)
        },
        visualMap: {
          min: 0, max: max, left: "left", bottom: 10, calculable: true, text: [element.dataset.label, ""],
          inRange: { color: ["#f4f7f5", "#9fd3bd", GREEN] }
        },
        series: [{
          type: "map",
          map: url,
          nameProperty: property,
          roam: true,
          selectedMode: false,
          boundingCoords: viewBox(geojson, property, values.map((v) => v.name)),
          label: { show: false },
          emphasis: { label: { show: false }, itemStyle: { areaColor: "#f2d16b" } },
          itemStyle: { borderColor: "#7d8c85", borderWidth: 0.4 },
          data: values.map((v) => v.name === highlight
            ? Object.assign({}, v, { itemStyle: { borderColor: "#d1495b", borderWidth: 2 } })
            : v)
        }]
      });
      return chart;
    }).catch(() => {
      const note = document.createElement("p");
      note.textContent = "Map unavailable.";
      element.replaceWith(note);
    });
  }

  function init() {
    if (!window.echarts) {
      return;
    }
    const charts = [];
    document.querySelectorAll(".mapping-chart").forEach((el) => {
      const data = JSON.parse(el.dataset.chart || "{}");
      const kind = el.dataset.kind;
      charts.push(kind === "series" ? line(el, data)
        : kind === "bar" ? bar(el, data)
        : kind === "heatmap" ? heatmap(el, data)
        : bubble(el, data));
      el.dataset.ready = "true";
    });
    document.querySelectorAll(".mapping-map").forEach((el) => {
      choropleth(el).then((c) => {
        if (c) {
          charts.push(c);
          el.dataset.ready = "true";
        }
      });
    });
    window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
