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
  // Cascading filters: a select with data-cascade-url loads the <option>s of the select named by data-cascade
  // (所属乡镇 → 社区 → 小区), then tells it it changed so the next level resets in turn. Plain innerHTML, because
  // an htmx 2.0.10 swap of <option>s kept only the first one in Chromium.
  document.addEventListener('change', function (e) {
    var url = e.target.getAttribute && e.target.getAttribute('data-cascade-url');
    var target = url && document.querySelector(e.target.getAttribute('data-cascade'));
    if (!target) { return; }
    fetch(url + encodeURIComponent(e.target.value), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        target.innerHTML = html;
        target.dispatchEvent(new Event('change', { bubbles: true }));
      });
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
        // A click anywhere in a category's column drills down (a short bar is hard to hit, above all on a phone).
        chart.getZr().on('click', function (e) {
          var point = [e.offsetX, e.offsetY];
          if (!chart.containPixel('grid', point)) { return; }
          var index = chart.convertFromPixel({ gridIndex: 0 }, point)[0];
          var ids = JSON.parse(el.getAttribute('data-ids') || '[]');
          if (ids[index] !== undefined) { window.location = link + ids[index]; }
        });
      }
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); openTabFromHash(); });
  document.addEventListener('htmx:afterSettle', function (e) { drawCharts(e.target); });
})();
