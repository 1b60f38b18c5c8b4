// Survey analysis: draws a bar chart above each frequency table from the table's own rows (the table stays the
// accessible source of the numbers).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    if (typeof echarts === "undefined") return;
    document.querySelectorAll(".question-result").forEach(function (article) {
      var holder = article.querySelector(".survey-chart");
      var table = article.querySelector("table.freq");
      if (!holder || !table) return;
      var labels = [], values = [];
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        labels.push(tr.cells[0].textContent);
        values.push(parseInt(tr.cells[1].textContent, 10) || 0);
      });
      holder.style.height = Math.max(160, 28 * labels.length + 60) + "px";
      var chart = echarts.init(holder, null, {renderer: "svg"});
      chart.setOption({
        grid: {left: 8, right: 24, top: 8, bottom: 24, containLabel: true},
        xAxis: {type: "value", minInterval: 1},
        yAxis: {type: "category", data: labels, inverse: true, axisLabel: {width: 260, overflow: "truncate"}},
        series: [{type: "bar", data: values, itemStyle: {color: "#0b6e4f"}, label: {show: true, position: "right"}}]
      });
      window.addEventListener("resize", function () { chart.resize(); });
    });
  });
})();
