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

  function init() {
    document.querySelectorAll(".monitoring-chart").forEach((el) => {
      if (!window.echarts) {
        return;
      }
      if (el.dataset.kind === "breakdown") {
        breakdown(el);
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
