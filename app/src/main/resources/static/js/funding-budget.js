// Funding application form: row and grand totals of the budget table as the applicant types (the eligibility
// findings themselves come from the server through htmx).
(function () {
  function amount(text) {
    const v = parseFloat(String(text || "").replace(/[,\s]/g, ""));
    return isNaN(v) ? 0 : v;
  }
  function format(v) {
    return Math.round(v).toLocaleString("en-US");
  }
  function recompute() {
    const table = document.getElementById("budget");
    if (!table) {
      return;
    }
    let grand = 0;
    const rows = {};
    table.querySelectorAll("input.cost").forEach((input) => {
      const row = input.dataset.row;
      rows[row] = (rows[row] || 0) + amount(input.value);
      grand += amount(input.value);
    });
    table.querySelectorAll("td.row-total").forEach((cell) => {
      cell.textContent = format(rows[cell.dataset.row] || 0);
    });
    const total = document.getElementById("budget-total");
    if (total) {
      total.textContent = format(grand);
    }
  }
  document.addEventListener("input", (event) => {
    if (event.target.classList && event.target.classList.contains("cost")) {
      recompute();
    }
  });
})();
