// Collaboration network view: an ECharts graph (force layout), nodes coloured by helix role and sized by degree,
// ties as lines as wide as their weight; the legend hides or shows helix roles.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("network-chart");
  if (!el || typeof echarts === "undefined") {
    return;
  }
  const labels = {};
  document.querySelectorAll("#helix-labels li").forEach((li) => { labels[li.dataset.helix] = li.textContent; });
  fetch(el.dataset.src, { headers: { Accept: "application/json" } })
    .then((r) => r.json())
    .then((data) => {
      const helices = [...new Set(data.nodes.map((n) => n.helix))].sort();
      const categories = helices.map((h) => ({ name: labels[h] || h }));
      const nodes = data.nodes.map((n) => ({
        id: String(n.id),
        name: n.name,
        category: helices.indexOf(n.helix),
        symbolSize: 12 + 6 * n.degree,
        value: n.degree,
        measures: n,
      }));
      const links = data.edges.map((e) => ({
        source: String(e.source),
        target: String(e.target),
        value: e.weight,
        lineStyle: { width: 1 + e.weight },
      }));
      const chart = echarts.init(el);
      chart.setOption({
        tooltip: {
          formatter: (p) => {
            if (p.dataType === "edge") {
              return String(p.data.value);
            }
            const m = p.data.measures;
            return `${echarts.format.encodeHTML(p.data.name)}<br>degree ${m.degree} · weighted ${m.weightedDegree}<br>`
              + `betweenness ${m.betweenness.toFixed(2)} · closeness ${m.closeness.toFixed(3)}<br>`
              + `community ${m.community} · brokerage ${m.brokerage}`;
          },
        },
        legend: [{ data: categories.map((c) => c.name), top: 0 }],
        series: [{
          type: "graph",
          layout: "force",
          roam: true,
          draggable: true,
          label: { show: true, position: "right", fontSize: 10 },
          force: { repulsion: 220, edgeLength: [60, 140], gravity: 0.08 },
          categories,
          data: nodes,
          links,
          emphasis: { focus: "adjacency" },
        }],
      });
      window.addEventListener("resize", () => chart.resize());
      el.dataset.nodes = String(nodes.length);
      el.dataset.edges = String(links.length);
      el.dataset.ready = "true";
    });
});
