/* Search box autocomplete: progressive enhancement of <form data-autocomplete> using the ARIA
   1.2 combobox pattern (input role=combobox + listbox). Without JavaScript the form still works. */
(function () {
  "use strict";

  function init(form) {
    var input = form.querySelector("input[type=search]");
    var endpoint = form.getAttribute("data-autocomplete");
    if (!input || !endpoint || !window.fetch) return;

    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "autocomplete";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.appendChild(list);

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    input.parentNode.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");

    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";
    var controller = null;
    var english = document.documentElement.lang === "en";
    // "{n} suggestions…" in the page's language, written by the server (search.html).
    var statusText = form.getAttribute("data-autocomplete-status");

    function close() {
      list.hidden = true;
      list.textContent = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function setActive(index) {
      if (!items.length) return;
      active = (index + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].el.setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", items[active].el.id);
    }

    function choose(item) {
      if (item.url) {
        window.location.href = item.url;
      } else {
        input.value = item.label;
        close();
        form.submit();
      }
    }

    function render(suggestions) {
      list.textContent = "";
      items = [];
      active = -1;
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.className = "autocomplete__option";
        li.textContent = s.label;
        if (s.type && s.type !== "term") {
          var type = document.createElement("span");
          type.className = "autocomplete__type";
          type.textContent = " – " + s.type;
          li.appendChild(type);
        }
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(s);
        });
        list.appendChild(li);
        items.push({ el: li, data: s });
      });
      var open = items.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      status.textContent = !open ? ""
        : statusText ? statusText.replace("{n}", String(items.length))
        : items.length + (english ? " suggestions. Use the arrow keys." : " forslag. Brug piletasterne.");
    }

    function lookup() {
      var q = input.value.trim();
      if (q === lastQuery) return;
      lastQuery = q;
      if (q.length < 2) { close(); return; }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var url = endpoint + (endpoint.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(q);
      fetch(url, { credentials: "same-origin", signal: controller ? controller.signal : undefined })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) render(data.suggestions || []); })
        .catch(function () { /* offline or aborted: the plain form still works */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        if (list.hidden) { lastQuery = ""; lookup(); } else { setActive(active + 1); }
        event.preventDefault();
      } else if (event.key === "ArrowUp") {
        if (!list.hidden) { setActive(active - 1); event.preventDefault(); }
      } else if (event.key === "Enter") {
        if (!list.hidden && active >= 0) { event.preventDefault(); choose(items[active].data); }
      } else if (event.key === "Escape") {
        if (!list.hidden) { close(); event.preventDefault(); }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  var forms = document.querySelectorAll("form[data-autocomplete]");
  for (var i = 0; i < forms.length; i++) init(forms[i]);
})();
