// Charts of the monitoring pages, drawn from data-* attributes (the content security policy forbids inline scripts):
// a trend of actual values against targets per year, and the latest period's breakdown by disaggregation.
(function () {
  "use strict";

  function numbers(text) {
    return (text || "").split("|").map((v) => (v === "" ? null : Number(v)));
  }

  function trend(el) {
    const chart = window.echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      legend: { bottom: 0 },
      grid: { left: 50, right: 10, top: 10, bottom: 40 },
      xAxis: { type: "category", data: (el.dataset.years || "").split("|") },
      yAxis: { type: "value" },
      series: [
        { name: el.dataset.actualLabel, type: "bar", data: numbers(el.dataset.actual), itemStyle: { color: "#0b6e4f" } },
        { name: el.dataset.targetLabel, type: "line", data: numbers(el.dataset.target), connectNulls: true,
          lineStyle: { type: "dashed", color: "#b35c00" }, itemStyle: { color: "#b35c00" } }
      ]
    });
  }

  function breakdown(el) {
    const chart = window.echarts.init(el);
    const labels = (el.dataset.labels || "").split("|");
    chart.setOption({
      animation: false,
      tooltip: {},
      grid: { left: 150, right: 10, top: 10, bottom: 20 },
      xAxis: { type: "value" },
      yAxis: { type: "category", data: labels },
      series: [{ type: "bar", data: numbers(el.dataset.values), itemStyle: { color: "#3b6ea5" } }]
    });
  }

  // A choropleth of a territorial breakdown on the shipped geometry of its territorial scheme.
  function territories(el) {
    const url = el.dataset.geo;
    const codes = (el.dataset.codes || "").split("|");
    const values = numbers(el.dataset.values);
    fetch(url, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))))
      .then((geojson) => {
        if (!window.echarts.getMap(url)) {
          window.echarts.registerMap(url, geojson);
        }
        const data = codes.map((c, i) => ({ name: c, value: values[i] }));
        const max = Math.max(1, ...values.filter((v) => v !== null));
        const chart = window.echarts.init(el);
        chart.setOption({
          animation: false,
          tooltip: { trigger: "item", formatter: (p) => (p.value === undefined || isNaN(p.value) ? "" : p.name + ": " + p.value) },
          visualMap: { min: 0, max: max, left: 0, bottom: 0, calculable: false, inRange: { color: ["#e3efe9", "#0b6e4f"] } },
          series: [{
            type: "map", map: url, nameProperty: el.dataset.property, roam: true, selectedMode: false,
            itemStyle: { areaColor: "#f4f4f4", borderColor: "#7d8c85", borderWidth: 0.5 },
            label: { show: false }, data: data
          }]
        });
        el.dataset.ready = "true";
      })
      .catch(() => { el.textContent = el.dataset.missing || ""; });
  }

  function init() {
    document.querySelectorAll(".monitoring-chart").forEach((el) => {
      if (!window.echarts) {
        return;
      }
      if (el.dataset.kind === "breakdown") {
        breakdown(el);
      } else if (el.dataset.kind === "map") {
        territories(el);
      } else {
        trend(el);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
