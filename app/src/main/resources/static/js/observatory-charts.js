// Charts of the policy observatory, drawn from the tables on the page (which stay the accessible source):
// the statistics bar chart (with a PNG download) and the map of countries with programmes.
// A file of its own because the content security policy forbids inline scripts.
(function () {
  "use strict";

  function rowsOf(table) {
    return Array.from(table.tBodies[0].rows).map((row) => row);
  }

  function statistics(element) {
    const table = document.getElementById(element.dataset.table);
    if (!table || !window.echarts) {
      return;
    }
    const headers = Array.from(table.tHead.rows[0].cells).map((c) => c.textContent.trim());
    const rows = rowsOf(table).reverse();
    const labels = rows.map((r) => r.cells[0].textContent.trim());
    const series = [{ name: headers[1], type: "bar", data: rows.map((r) => Number(r.dataset.value)) }];
    if (rows.length && rows[0].dataset.versus !== undefined) {
      series.push({ name: headers[3], type: "bar", data: rows.map((r) => Number(r.dataset.versus)) });
    }
    element.style.height = Math.max(260, 46 * labels.length * series.length) + "px";
    const chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: labels, axisLabel: { width: 320, overflow: "break", lineHeight: 13 } },
      series: series,
    });
    window.addEventListener("resize", () => chart.resize());
    const png = document.querySelector("button[data-chart='" + element.id + "']");
    if (png) {
      png.addEventListener("click", () => {
        const a = document.createElement("a");
        a.href = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" });
        a.download = "observatory-statistics.png";
        document.body.appendChild(a);
        a.click();
        a.remove();
      });
    }
  }

  function countryMap(element) {
    const table = document.getElementById(element.dataset.table);
    if (!table || !window.echarts) {
      return;
    }
    const data = rowsOf(table)
      .filter((r) => r.dataset.numeric)
      .map((r) => ({
        name: r.dataset.numeric,
        value: Number(r.dataset.programmes),
        label: r.cells[0].textContent.trim(),
        href: r.cells[0].querySelector("a").getAttribute("href"),
      }));
    element.style.height = "420px";
    fetch(element.dataset.geo, { credentials: "same-origin" })
      .then((response) => response.json())
      .then((geo) => {
        echarts.registerMap("observatory-world", geo);
        const chart = echarts.init(element);
        const max = Math.max(1, ...data.map((d) => d.value));
        chart.setOption({
          animation: false,
          tooltip: {
            trigger: "item",
            formatter: (p) => (p.data ? p.data.label + ": " + p.data.value : ""),
          },
          visualMap: { min: 0, max: max, left: 8, bottom: 8, calculable: false, inRange: { color: ["#d9f0e6", "#0b6e4f"] } },
          series: [{
            type: "map",
            map: "observatory-world",
            nameProperty: "id",
            roam: true,
            center: [15, 50],
            zoom: 3.2,
            data: data,
          }],
        });
        chart.on("click", (p) => {
          if (p.data && p.data.href) {
            window.location.href = p.data.href;
          }
        });
        window.addEventListener("resize", () => chart.resize());
      })
      .catch(() => { element.remove(); });
  }

  // Regions of several NUTS levels (1, 2 or 3) on the NUTS 0 outline: the features of the listed codes are taken
  // from the level files and drawn over the countries.
  function regionMap(element) {
    const table = document.getElementById(element.dataset.table);
    if (!table || !window.echarts) {
      return;
    }
    const rows = rowsOf(table).filter((r) => r.dataset.nuts);
    const wanted = new Set(rows.map((r) => r.dataset.nuts));
    const data = rows.map((r) => ({
      name: r.dataset.nuts,
      value: Number(r.dataset.programmes),
      label: r.cells[0].textContent.trim(),
      href: r.cells[0].querySelector("a").getAttribute("href"),
    }));
    element.style.height = "460px";
    Promise.all([0, 1, 2, 3].map((level) =>
      fetch(element.dataset.geo + level + ".geojson", { credentials: "same-origin" }).then((r) => r.json())))
      .then((files) => {
        const features = files[0].features.map((f) => ({ ...f, properties: { ...f.properties, NUTS_ID: "0-" + f.properties.NUTS_ID } }));
        for (const file of files.slice(1)) {
          features.push(...file.features.filter((f) => wanted.has(f.properties.NUTS_ID)));
        }
        echarts.registerMap("observatory-nuts", { type: "FeatureCollection", features: features });
        const chart = echarts.init(element);
        const max = Math.max(1, ...data.map((d) => d.value));
        chart.setOption({
          animation: false,
          tooltip: { trigger: "item", formatter: (p) => (p.data ? p.data.label + ": " + p.data.value : "") },
          visualMap: { min: 0, max: max, left: 8, bottom: 8, calculable: false, inRange: { color: ["#d9f0e6", "#0b6e4f"] } },
          series: [{
            type: "map",
            map: "observatory-nuts",
            nameProperty: "NUTS_ID",
            roam: true,
            center: [10, 52],
            zoom: 4.5,
            data: data,
          }],
        });
        chart.on("click", (p) => {
          if (p.data && p.data.href) {
            window.location.href = p.data.href;
          }
        });
        window.addEventListener("resize", () => chart.resize());
      })
      .catch(() => { element.remove(); });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const regions = document.getElementById("region-map");
    if (regions) {
      regionMap(regions);
    }
    const stat = document.getElementById("stat-chart");
    if (stat) {
      statistics(stat);
    }
    const map = document.getElementById("country-map");
    if (map) {
      countryMap(map);
    }
  });
})();
