// Console behaviour without inline scripts (the CSP forbids them).
(function () {
  // htmx requests carry the CSRF token of the page.
  document.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { e.detail.headers[header.content] = token.content; }
  });
  // Buttons and forms with data-confirm ask first (删除 and other irreversible actions).
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  });
  // A select with data-autosubmit submits its form (the pager's page size); requestSubmit lets htmx boost it.
  document.addEventListener('change', function (e) {
    if (e.target.hasAttribute && e.target.hasAttribute('data-autosubmit') && e.target.form) {
      if (e.target.form.requestSubmit) { e.target.form.requestSubmit(); } else { e.target.form.submit(); }
    }
  });
  // A detail page opens the tab named in the URL's fragment (/console/estates/1#houses).
  function openTabFromHash() {
    var id = window.location.hash.replace('#', '');
    if (!id || !window.bootstrap) { return; }
    var button = document.getElementById('tab-' + id);
    if (button) { bootstrap.Tab.getOrCreateInstance(button).show(); }
  }
  // Charts: an element with class anju-chart and a data-option JSON attribute.
  function drawCharts(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll('.anju-chart[data-option]').forEach(function (el) {
      var chart = echarts.init(el);
      chart.setOption(JSON.parse(el.getAttribute('data-option')));
      var link = el.getAttribute('data-drill');
      if (link) {
        chart.on('click', function (p) {
          var ids = JSON.parse(el.getAttribute('data-ids') || '[]');
          if (ids[p.dataIndex] !== undefined) { window.location = link + ids[p.dataIndex]; }
        });
      }
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); openTabFromHash(); });
  document.addEventListener('htmx:afterSettle', function (e) { drawCharts(e.target); });
})();
