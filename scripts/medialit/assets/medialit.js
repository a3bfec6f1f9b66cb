/* medialit: highlight toggle. Plain reading first; the choice is remembered per lesson in localStorage
   (keyed by the lesson id, so it survives moving the site folder). Works from file:// and http. */
(function () {
  "use strict";
  function store(key, value) {
    try {
      if (value === undefined) return window.localStorage.getItem(key);
      window.localStorage.setItem(key, value);
    } catch (e) { return null; }  // storage can be disabled; the toggle still works for this visit
    return null;
  }
  function setUp(text) {
    var button = text.querySelector(".ml-toggle");
    if (!button || button.dataset.ready) return;
    button.dataset.ready = "1";
    var key = "medialit:" + text.dataset.lesson + ":highlights";
    function show(on) {
      text.classList.toggle("ml-plain", !on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? "Highlights are on: switch off" : "Highlights are off: switch on";
    }
    show(store(key) === "on");
    button.hidden = false;
    button.addEventListener("click", function () {
      var on = text.classList.contains("ml-plain");
      show(on);
      store(key, on ? "on" : "off");
    });
  }
  function init() { document.querySelectorAll(".ml-text").forEach(setUp); }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(init); }
  else if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); }
  else { init(); }
})();
