/*
 * radkg search suggestions: as you type in the site search box (#site-search-q), or in a query form's
 * IRI field (input.iri-suggest), ask /search?format=json and show the matches as an ARIA combobox
 * listbox. Arrow keys move, Enter opens (or fills the IRI field), Escape closes. Text goes in with
 * textContent only. Without this script the search box is a plain form that still works.
 */
(function () {
  'use strict';
  var counter = 0;

  function attach(input, searchUrl, choose) {
    var id = 'suggest-' + (++counter);
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggestions');
    list.hidden = true;
    input.insertAdjacentElement('afterend', list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', id);
    input.setAttribute('aria-expanded', 'false');
    if (input.parentElement) {
      input.parentElement.classList.add('has-suggestions');
    }

    var hits = [];
    var active = -1;
    var timer = null;
    var pending = null;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var items = list.querySelectorAll('[role=option]');
      items.forEach(function (li, i) {
        li.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(results) {
      hits = results;
      list.replaceChildren();
      results.forEach(function (hit, i) {
        var li = document.createElement('li');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var name = document.createElement('span');
        name.className = 'label';
        name.textContent = hit.label;
        li.appendChild(name);
        // Spaces between the parts, so a screen reader says "name, acronym, type" rather than one word.
        li.appendChild(document.createTextNode(' '));
        if (hit.acronym) {
          var acr = document.createElement('span');
          acr.className = 'acronym';
          acr.textContent = hit.acronym;
          li.appendChild(acr);
          li.appendChild(document.createTextNode(' '));
        }
        var type = document.createElement('span');
        type.className = 'type';
        type.textContent = hit.type;
        li.appendChild(type);
        // mousedown, not click: it comes before the input loses focus and closes the list.
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          choose(hit);
          close();
        });
        list.appendChild(li);
      });
      if (results.length === 0) {
        close();
      } else {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        highlight(-1);
      }
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (pending) {
        pending.abort();
        pending = null;
      }
      if (q.length === 0 || q.length > 200) {
        render([]);
        return;
      }
      var controller = new AbortController();
      pending = controller;
      var url = searchUrl + (searchUrl.indexOf('?') < 0 ? '?' : '&') + 'format=json&limit=8&q=' + encodeURIComponent(q);
      fetch(url, {headers: {Accept: 'application/json'}, signal: controller.signal})
        .then(function (r) { return r.ok ? r.json() : {results: []}; })
        .then(function (data) {
          if (pending === controller) {
            pending = null;
            render(data.results || []);
          }
        })
        .catch(function () { /* aborted or offline: keep the plain form */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener('keydown', function (e) {
      var open = !list.hidden && hits.length > 0;
      if (e.key === 'ArrowDown') {
        if (!open) {
          fetchSuggestions();
        } else {
          highlight((active + 1) % hits.length);
        }
        e.preventDefault();
      } else if (e.key === 'ArrowUp' && open) {
        highlight(active <= 0 ? hits.length - 1 : active - 1);
        e.preventDefault();
      } else if (e.key === 'Enter' && open && active >= 0) {
        e.preventDefault();
        choose(hits[active]);
        close();
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });
  }

  function init() {
    var box = document.getElementById('site-search-q');
    if (box && box.form) {
      attach(box, box.form.getAttribute('action') || 'search', function (hit) {
        window.location.href = hit.href;
      });
    }
    document.querySelectorAll('input.iri-suggest[data-search]').forEach(function (input) {
      attach(input, input.getAttribute('data-search'), function (hit) {
        input.value = hit.iri;
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
