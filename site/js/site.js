/* Progressive enhancement only: every page works without this file. Loaded with defer; no inline
   scripts anywhere (the Content-Security-Policy forbids them). */
(function () {
  "use strict";

  /* "Læs op": read the page aloud with the browser's own speech synthesis. The button is hidden
     in the HTML and only shown where the browser supports it. */
  function setupReadAloud() {
    var button = document.querySelector("[data-read-aloud]");
    if (!button || !("speechSynthesis" in window) || typeof window.SpeechSynthesisUtterance !== "function") {
      return;
    }
    var label = button.querySelector("[data-read-aloud-label]");
    var synth = window.speechSynthesis;
    var speaking = false;

    function textToRead() {
      var main = document.getElementById("main");
      var clone = main.cloneNode(true);
      clone.querySelectorAll(".page-tools, form, script, [aria-hidden='true'], .no-read").forEach(function (el) {
        el.remove();
      });
      return clone.textContent.replace(/\s+/g, " ").trim();
    }
    function setState(on) {
      speaking = on;
      button.setAttribute("aria-pressed", on ? "true" : "false");
      if (label) { label.textContent = on ? button.dataset.labelStop : button.dataset.labelStart; }
    }
    button.addEventListener("click", function () {
      if (speaking) { synth.cancel(); setState(false); return; }
      var utterance = new window.SpeechSynthesisUtterance(textToRead());
      utterance.lang = document.documentElement.lang || "da";
      utterance.addEventListener("end", function () { setState(false); });
      utterance.addEventListener("error", function () { setState(false); });
      synth.cancel();
      synth.speak(utterance);
      setState(true);
    });
    window.addEventListener("pagehide", function () { synth.cancel(); });
    button.hidden = false;
  }

  /* The municipality chooser: without JS it is a plain GET form that reloads the page. With JS the
     same request fetches only the contact step and swaps it in place, then moves focus to it. */
  function setupChooser() {
    var section = document.querySelector("[data-contact-step]");
    if (!section || !window.fetch || !window.URLSearchParams) { return; }
    section.addEventListener("submit", function (event) {
      var form = event.target.closest("[data-chooser]");
      if (!form) { return; }
      event.preventDefault();
      var params = new URLSearchParams(new FormData(form));
      var pageUrl = form.getAttribute("action").split("#")[0] + "?" + params.toString();
      params.set("del", "kontakt");
      var fragmentUrl = form.getAttribute("action").split("#")[0] + "?" + params.toString();
      section.setAttribute("aria-busy", "true");
      window.fetch(fragmentUrl, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.text();
        })
        .then(function (html) {
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var fresh = holder.querySelector("[data-contact-step]");
          if (!fresh) { throw new Error("no contact step"); }
          section.replaceWith(fresh);
          if (window.history && window.history.replaceState) {
            window.history.replaceState(null, "", pageUrl + "#kontakt");
          }
          var target = fresh.querySelector("[role='alert']") ? fresh.querySelector("[role='alert']") : fresh.querySelector("[data-infohus] h3");
          var heading = fresh.querySelector("h2");
          (target || heading).setAttribute("tabindex", "-1");
          (target || heading).focus();
          setupChooser();
        })
        .catch(function () { form.submit(); });
    });
  }

  function start() {
    setupReadAloud();
    setupChooser();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
