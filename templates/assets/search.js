/*
 * Site search: a combobox in the header that lists goals, use cases, events and properties as
 * the reader types. The index comes from search-index.json, written at build time, and is loaded
 * on first use. Result URLs are relative to the site root; data-root on <html> contains the relative
 * prefix from this page to that root, so links work at any depth.
 */
(function () {
  'use strict';

  var MAX_RESULTS = 12;
  var root = document.documentElement.getAttribute('data-root') || './';
  var box = document.querySelector('.site-search');
  if (!box || typeof MiniSearch === 'undefined' || !window.fetch) {
    return;
  }
  var input = document.getElementById('site-search-input');
  var list = document.getElementById('site-search-results');
  var status = document.getElementById('site-search-status');
  var index = null;
  var loading = null;
  var results = [];
  var active = -1;

  // Property names such as order_id stay one token, so they are not split at the underscore.
  function tokenize(text) {
    return text.split(/[^\p{L}\p{N}_]+/u).filter(function (token) {
      return token.length > 0;
    });
  }

  function load() {
    if (!loading) {
      loading = fetch(root + 'search-index.json')
        .then(function (response) {
          if (!response.ok) {
            throw new Error('search index request failed with status ' + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          index = new MiniSearch({
            fields: ['title', 'properties', 'related', 'detail'],
            storeFields: ['kind', 'title', 'url', 'detail'],
            tokenize: tokenize,
            searchOptions: {
              boost: { title: 3, properties: 2 },
              prefix: true,
              fuzzy: 0.1,
              combineWith: 'AND',
              tokenize: tokenize
            }
          });
          index.addAll(data.documents);
        })
        .catch(function (error) {
          status.textContent = 'Search is not available: ' + error.message;
        });
    }
    return loading;
  }

  function optionId(position) {
    return 'site-search-option-' + position;
  }

  function setActive(position) {
    var options = list.children;
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = position;
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'true');
      options[active].scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', optionId(active));
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function open(position) {
    window.location.href = root + results[position].url;
  }

  function render() {
    list.textContent = '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    results.forEach(function (result, position) {
      var option = document.createElement('li');
      option.id = optionId(position);
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-url', root + result.url);
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = result.kind;
      var title = document.createElement('span');
      title.className = 'search-title';
      title.textContent = result.title;
      var detail = document.createElement('span');
      detail.className = 'search-detail';
      detail.textContent = result.detail;
      option.append(kind, ' ', title, ' ', detail);
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      option.addEventListener('click', function () {
        open(position);
      });
      list.appendChild(option);
    });
    var hasResults = results.length > 0;
    list.hidden = !hasResults;
    input.setAttribute('aria-expanded', hasResults ? 'true' : 'false');
  }

  function search() {
    var query = input.value.trim();
    if (query === '') {
      results = [];
      render();
      status.textContent = '';
      return;
    }
    load().then(function () {
      if (!index || input.value.trim() !== query) {
        return;
      }
      results = index.search(query).slice(0, MAX_RESULTS);
      render();
      status.textContent = results.length === 0 ? 'No results for ' + query + '.'
        : results.length + (results.length === 1 ? ' result.' : ' results.');
    });
  }

  input.addEventListener('input', search);
  input.addEventListener('focus', load);
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && results.length > 0) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setActive((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && results.length > 0) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      setActive(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) {
        open(active);
      } else if (results.length > 0) {
        open(0);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else {
        input.value = '';
        search();
      }
    }
  });
  input.addEventListener('blur', close);
  box.hidden = false;
})();
