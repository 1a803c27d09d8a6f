// An inspector's phone form: fills the finding's location from the browser (with the inspector's permission).
(function () {
  var status = document.getElementById('location-status');
  if (!navigator.geolocation || !status) { if (status) { status.textContent = '—'; } return; }
  navigator.geolocation.getCurrentPosition(function (p) {
    document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
    document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
    status.textContent = p.coords.latitude.toFixed(5) + ', ' + p.coords.longitude.toFixed(5);
  }, function () { status.textContent = '—'; }, { enableHighAccuracy: true, timeout: 10000 });
})();
