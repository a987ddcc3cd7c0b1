/*
 * Folding use-case sections. Pages render every <details> section open, so they read fully
 * without JavaScript. This script folds them, except the one the URL fragment points at, and
 * opens and scrolls to a section whenever the fragment names it or an element inside it.
 */
(function () {
  'use strict';

  var sections = document.querySelectorAll('details.use-case');
  if (sections.length === 0) {
    return;
  }

  function target() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    return id === '' ? null : document.getElementById(id);
  }

  function reveal(scroll) {
    var element = target();
    var section = element && element.closest('details.use-case');
    if (!section) {
      return;
    }
    section.open = true;
    if (scroll) {
      section.scrollIntoView({ block: 'start' });
    }
  }

  var initial = target();
  var initialSection = initial && initial.closest('details.use-case');
  sections.forEach(function (section) {
    section.open = section === initialSection;
  });
  reveal(true);
  window.addEventListener('hashchange', function () {
    reveal(true);
  });
  // A closed <details> element prints closed, so printing shows every section.
  window.addEventListener('beforeprint', function () {
    sections.forEach(function (section) {
      section.open = true;
    });
  });
})();
