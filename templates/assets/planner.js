/*
 * Goal planner: combines the selected goals into one plan. The selection is kept in the query
 * string as ?goals=slug,slug so a plan can be shared as a link; #goals=slug,slug is read too.
 * Data comes from the JSON script element #planner-data that the build writes into the page.
 */
(function () {
  'use strict';

  var dataElement = document.getElementById('planner-data');
  var planner = document.getElementById('planner');
  if (!dataElement || !planner) {
    return;
  }
  var data = JSON.parse(dataElement.textContent);
  var root = document.documentElement.getAttribute('data-root') || './';
  var form = document.getElementById('planner-form');
  var output = document.getElementById('planner-output');
  var status = document.getElementById('planner-status');
  var download = document.getElementById('planner-download');
  var shareLink = document.getElementById('planner-link');
  var knownGoals = data.goals.map(function (goal) {
    return goal.slug;
  });
  var boxes = form.querySelectorAll('input[name="goals"]');
  var currentPlan = null;

  function selectionFromUrl() {
    var value = new URLSearchParams(window.location.search).get('goals');
    if (value === null) {
      value = new URLSearchParams(window.location.hash.slice(1)).get('goals');
    }
    if (!value) {
      return [];
    }
    return value.split(',').filter(function (slug) {
      return knownGoals.indexOf(slug) >= 0;
    });
  }

  function selectedGoals() {
    return Array.prototype.filter.call(boxes, function (box) {
      return box.checked;
    }).map(function (box) {
      return box.value;
    });
  }

  /** Merges the goals' use cases, events and channel types, each once, in catalog order. */
  function buildPlan(slugs) {
    var useCases = new Map();
    var events = new Map();
    var sources = new Set();
    var destinations = new Set();
    data.goals.forEach(function (goal) {
      if (slugs.indexOf(goal.slug) < 0) {
        return;
      }
      goal.useCases.forEach(function (useCase) {
        if (!useCases.has(useCase.slug)) {
          useCases.set(useCase.slug, { title: useCase.title, goals: [] });
        }
        useCases.get(useCase.slug).goals.push(goal.title);
        useCase.events.forEach(function (slug) {
          if (!events.has(slug)) {
            events.set(slug, new Set());
          }
          data.events[slug].properties.forEach(function (property) {
            events.get(slug).add(property);
          });
        });
        useCase.sources.forEach(function (slug) { sources.add(slug); });
        useCase.destinations.forEach(function (slug) { destinations.add(slug); });
      });
    });
    return {
      useCases: Array.from(useCases, function (entry) {
        return { slug: entry[0], title: entry[1].title, goals: entry[1].goals };
      }),
      events: Array.from(events, function (entry) {
        return { slug: entry[0], name: data.events[entry[0]].name, properties: Array.from(entry[1]) };
      }),
      sources: Array.from(sources).sort(function (a, b) {
        return Object.keys(data.sources).indexOf(a) - Object.keys(data.sources).indexOf(b);
      }),
      destinations: Array.from(destinations).sort(function (a, b) {
        return Object.keys(data.destinations).indexOf(a)
          - Object.keys(data.destinations).indexOf(b);
      })
    };
  }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function link(href, text) {
    var anchor = element('a', text);
    anchor.href = root + href;
    return anchor;
  }

  function linkList(items, folder, names) {
    var list = element('ul', undefined, 'planner-list');
    items.forEach(function (slug) {
      var item = element('li');
      item.appendChild(link(folder + '/' + slug + '/', names[slug]));
      list.appendChild(item);
    });
    return list;
  }

  function eventTable(events) {
    var wrap = element('div', undefined, 'table-wrap');
    var table = element('table', undefined, 'events');
    table.appendChild(element('caption', 'Events to track, each once with all its properties'));
    var head = element('thead');
    var headRow = element('tr');
    ['Event', 'Properties'].forEach(function (label) {
      var cell = element('th', label);
      cell.scope = 'col';
      headRow.appendChild(cell);
    });
    head.appendChild(headRow);
    table.appendChild(head);
    var body = element('tbody');
    events.forEach(function (event) {
      var row = element('tr');
      var name = element('th');
      name.scope = 'row';
      name.appendChild(link('events/' + event.slug + '/', event.name));
      var properties = element('td');
      event.properties.forEach(function (property, position) {
        if (position > 0) {
          properties.append(', ');
        }
        properties.appendChild(element('code', property));
      });
      row.append(name, properties);
      body.appendChild(row);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    return wrap;
  }

  function renderPlan(plan) {
    output.textContent = '';
    output.appendChild(element('h3', 'Use cases'));
    var useCases = element('ul', undefined, 'planner-list');
    plan.useCases.forEach(function (useCase) {
      var item = element('li');
      item.appendChild(link('use-cases/' + useCase.slug + '/', useCase.title));
      item.append(' ', element('span', '(' + useCase.goals.join(', ') + ')', 'note'));
      useCases.appendChild(item);
    });
    output.appendChild(useCases);
    output.appendChild(element('h3', 'Events'));
    output.appendChild(eventTable(plan.events));
    output.appendChild(element('h3', 'Source types'));
    output.appendChild(linkList(plan.sources, 'sources', data.sources));
    output.appendChild(element('h3', 'Destination types'));
    output.appendChild(linkList(plan.destinations, 'destinations', data.destinations));
  }

  function update(pushUrl) {
    var slugs = selectedGoals();
    var query = slugs.length > 0 ? '?goals=' + slugs.join(',') : '';
    if (pushUrl) {
      window.history.replaceState(null, '', window.location.pathname + query);
    }
    shareLink.href = window.location.pathname + query;
    if (slugs.length === 0) {
      currentPlan = null;
      output.textContent = '';
      status.textContent = 'No goal selected yet.';
      download.disabled = true;
      return;
    }
    currentPlan = buildPlan(slugs);
    renderPlan(currentPlan);
    status.textContent = 'Plan for ' + slugs.length + (slugs.length === 1 ? ' goal: ' : ' goals: ')
      + currentPlan.useCases.length + ' use cases, ' + currentPlan.events.length + ' events, '
      + currentPlan.sources.length + ' source types and ' + currentPlan.destinations.length
      + ' destination types.';
    download.disabled = false;
  }

  /**
   * Quotes one CSV field as RFC 4180 requires: in double quotes, inner quotes doubled. A field
   * that starts like a spreadsheet formula gets a leading apostrophe so it stays text.
   */
  function csvField(value) {
    var text = String(value);
    if (/^[=+\-@\t\r]/.test(text)) {
      text = "'" + text;
    }
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function csv(plan) {
    var rows = [['Kind', 'Name', 'Properties', 'Page']];
    plan.useCases.forEach(function (useCase) {
      rows.push(['Use case', useCase.title, '', 'use-cases/' + useCase.slug + '/']);
    });
    plan.events.forEach(function (event) {
      rows.push(['Event', event.name, event.properties.join(' '), 'events/' + event.slug + '/']);
    });
    plan.sources.forEach(function (slug) {
      rows.push(['Source type', data.sources[slug], '', 'sources/' + slug + '/']);
    });
    plan.destinations.forEach(function (slug) {
      rows.push(['Destination type', data.destinations[slug], '', 'destinations/' + slug + '/']);
    });
    return rows.map(function (row) {
      return row.map(csvField).join(',');
    }).join('\r\n') + '\r\n';
  }

  download.addEventListener('click', function () {
    if (!currentPlan) {
      return;
    }
    var blob = new Blob([csv(currentPlan)], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = 'plan-' + selectedGoals().join('-') + '.csv';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 0);
  });

  form.addEventListener('change', function () {
    update(true);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });

  var initial = selectionFromUrl();
  Array.prototype.forEach.call(boxes, function (box) {
    box.checked = initial.indexOf(box.value) >= 0;
  });
  document.getElementById('planner-fallback').hidden = true;
  planner.hidden = false;
  update(false);
})();
