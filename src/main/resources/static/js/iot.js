// Recent readings of one device as ECharts lines, one per metric, refreshed every 10 seconds.
(function () {
  var el = document.getElementById('iot-chart');
  if (!el || !window.echarts) { return; }
  var chart = echarts.init(el);
  function draw() {
    fetch(el.dataset.url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (readings) {
        var series = {};
        readings.slice().reverse().forEach(function (r) {
          Object.keys(r.metrics || {}).forEach(function (m) {
            (series[m] = series[m] || []).push([r.ts, Number(r.metrics[m])]);
          });
        });
        chart.setOption({
          tooltip: {trigger: 'axis'}, legend: {}, grid: {left: 40, right: 16, top: 32, bottom: 28},
          xAxis: {type: 'time'}, yAxis: {type: 'value', scale: true},
          series: Object.keys(series).map(function (m) {
            return {name: m, type: 'line', showSymbol: false, data: series[m]};
          })
        }, true);
      });
  }
  draw();
  setInterval(draw, 10000);
  window.addEventListener('resize', function () { chart.resize(); });
})();
