// Funder dashboard charts: reads the JSON in #funding-charts[data-charts] (built by DashboardCharts) and draws
// applications by status, budget/requested/awarded per call, the reviewers' score distribution and grant vs
// co-financing per project. The tables on the page carry the same numbers for screen readers and export.
(function () {
  "use strict";
  var GREEN = "#0b6e4f", GOLD = "#c9a227", BLUE = "#2c5d8a", GREY = "#8a8f98";

  function draw(el, option) {
    var chart = echarts.init(el, null, {renderer: "svg"});
    option.animation = false;
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function bars(labels, series, stacked) {
    return {
      tooltip: {trigger: "axis"},
      legend: {bottom: 0, type: "scroll"},
      grid: {left: 8, right: 24, top: 16, bottom: 40, containLabel: true},
      xAxis: {type: "category", data: labels, axisLabel: {width: 110, overflow: "truncate", interval: 0}},
      yAxis: {type: "value"},
      series: series.map(function (s) {
        return {type: "bar", name: s.name, data: s.data, stack: stacked ? "total" : undefined,
                itemStyle: {color: s.color}};
      })
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var holder = document.getElementById("funding-charts");
    if (!holder || typeof echarts === "undefined") return;
    var d = JSON.parse(holder.dataset.charts);
    holder.querySelectorAll("[data-chart]").forEach(function (el) {
      var kind = el.dataset.chart;
      if (kind === "status") {
        draw(el, {
          tooltip: {trigger: "axis"},
          grid: {left: 8, right: 24, top: 8, bottom: 8, containLabel: true},
          xAxis: {type: "value", minInterval: 1},
          yAxis: {type: "category", data: d.status.labels, inverse: true},
          series: [{type: "bar", data: d.status.values, itemStyle: {color: GREEN}, label: {show: true, position: "right"}}]
        });
      } else if (kind === "calls") {
        var calls = bars(d.calls.labels, [
          {name: d.calls.names[0], data: d.calls.budget, color: GREY},
          {name: d.calls.names[1], data: d.calls.requested, color: BLUE},
          {name: d.calls.names[2], data: d.calls.awarded, color: GREEN}
        ], false);
        // call titles are long: categories on the vertical axis, amounts along the bars
        calls.yAxis = {type: "category", data: d.calls.labels, inverse: true,
                       axisLabel: {width: 160, overflow: "truncate"}};
        calls.xAxis = {type: "value", axisLabel: {formatter: function (v) { return (v / 1e6) + " M"; }}};
        draw(el, calls);
      } else if (kind === "scores") {
        var colors = [GREEN, BLUE, GOLD, GREY];
        var option = bars(d.scores.labels, d.scores.series.map(function (s, i) {
          return {name: s.name, data: s.data, color: colors[i % colors.length]};
        }), false);
        option.xAxis.name = d.scores.axis;
        option.xAxis.nameLocation = "middle";
        option.xAxis.nameGap = 28;
        option.grid.bottom = 64;
        option.yAxis.minInterval = 1;
        draw(el, option);
      } else if (kind === "cofinancing") {
        var opt = bars(d.cofinancing.labels, [
          {name: d.cofinancing.names[0], data: d.cofinancing.grant, color: GREEN},
          {name: d.cofinancing.names[1], data: d.cofinancing.cofinancing, color: GOLD}
        ], true);
        opt.tooltip.formatter = function (params) {
          var g = Number(params[0].value), c = params.length > 1 ? Number(params[1].value) : 0;
          var share = g + c > 0 ? (100 * c / (g + c)).toFixed(1) : "0";
          var esc = echarts.format.encodeHTML;
          return esc(params[0].axisValue) + "<br>" + params.map(function (p) {
            return p.marker + esc(p.seriesName) + ": " + Number(p.value).toLocaleString();
          }).join("<br>") + "<br>" + share + " %";
        };
        draw(el, opt);
      }
    });
  });
})();
