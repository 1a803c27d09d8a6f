// The new-account form (no inline scripts under the CSP): show only the binding the chosen role needs,
// and fill region selects from /console/regions/options (the region module's <option>s).
(function () {
  function fill(select) {
    var url = select.getAttribute('data-options-url');
    if (!url) { return; }
    fetch(url, { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        select.innerHTML = html;
        var selected = select.getAttribute('data-selected');
        if (selected) { select.value = selected; }
      });
  }
  function showBinding(roleSelect) {
    var option = roleSelect.options[roleSelect.selectedIndex];
    var kind = option ? option.getAttribute('data-binding') : null;
    var role = roleSelect.value;
    document.querySelectorAll('[data-binding-for]').forEach(function (row) {
      var names = row.getAttribute('data-binding-for').split(' ');
      row.hidden = !(names.indexOf(role) >= 0 || names.indexOf(kind) >= 0);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select[data-options-url]').forEach(fill);
    var role = document.querySelector('select[data-binding-role]');
    if (role) {
      showBinding(role);
      role.addEventListener('change', function () { showBinding(role); });
    }
  });
})();
