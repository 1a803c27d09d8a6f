// The map of cases: a click on an estate's dot opens its cases (the estate id is the value's last dimension).
// anju.js draws the chart on DOMContentLoaded; this runs after it, on load.
(function () {
  'use strict';
  window.addEventListener('load', function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('.anju-chart[data-point-link]').forEach(function (el) {
      var chart = echarts.getInstanceByDom(el);
      if (!chart) { return; }
      var link = el.getAttribute('data-point-link');
      chart.on('click', function (p) {
        if (p && p.value && p.value.length > 4) { window.location = link + p.value[p.value.length - 1]; }
      });
    });
  });
})();
