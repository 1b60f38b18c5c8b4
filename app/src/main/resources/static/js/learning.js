// Learning: the exam countdown. The server enforces the time limit; this only shows it.
(function () {
  "use strict";
  function start(timer) {
    var left = parseInt(timer.getAttribute("data-seconds-left"), 10);
    var out = timer.querySelector(".countdown");
    if (isNaN(left) || !out) {
      return;
    }
    var end = Date.now() + left * 1000;
    function tick() {
      var s = Math.max(0, Math.round((end - Date.now()) / 1000));
      var m = Math.floor(s / 60);
      out.textContent = m + ":" + String(s % 60).padStart(2, "0");
      if (s === 0) {
        timer.classList.add("expired");
        return;
      }
      window.setTimeout(tick, 1000);
    }
    tick();
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-seconds-left]").forEach(start);
  });
})();
