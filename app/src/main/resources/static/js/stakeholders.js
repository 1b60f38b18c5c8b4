// Map of organisations: a longitude/latitude scatter chart, one series per helix role; a click opens the organisation.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("org-map");
  if (!el || typeof echarts === "undefined") {
    return;
  }
  fetch(el.dataset.src, { headers: { Accept: "application/json" } })
    .then((r) => r.json())
    .then((data) => {
      const groups = {};
      for (const p of data.points) {
        (groups[p.helixLabel] = groups[p.helixLabel] || []).push({ name: p.name, id: p.id, value: [p.longitude, p.latitude] });
      }
      const chart = echarts.init(el);
      chart.setOption({
        tooltip: { formatter: (p) => p.name },
        legend: { top: 0 },
        xAxis: { type: "value", name: el.dataset.lon, scale: true },
        yAxis: { type: "value", name: el.dataset.lat, scale: true },
        series: Object.entries(groups).map(([helix, points]) => ({ name: helix, type: "scatter", symbolSize: 10, data: points })),
      });
      chart.on("click", (p) => { if (p.data && p.data.id) { window.location.href = el.dataset.base + p.data.id; } });
      el.dataset.ready = "true";
    });
});
