// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
// Confirmation before an irreversible action: see templates/fragments/bevestiging.html.
(function () {
  function koppel(wortel) {
    wortel.querySelectorAll('[data-bevestig]').forEach(function (knop) {
      if (knop.dataset.gekoppeld) { return; }
      knop.dataset.gekoppeld = 'ja';
      var dialoog = document.getElementById(knop.getAttribute('data-bevestig'));
      knop.hidden = false;
      knop.addEventListener('click', function () { dialoog.showModal(); });
      dialoog.querySelectorAll('[data-bevestig-sluit]').forEach(function (sluit) {
        sluit.addEventListener('click', function () { dialoog.close(); knop.focus(); });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { koppel(document); });
  document.addEventListener('htmx:load', function (e) { koppel(e.target); });
})();
