/* medialit: the highlight toggle (reading mode) and the self-check exercises of a lesson page.

   - Works from file:// and http, with no network and no libraries.
   - State is kept in localStorage under keys that start with "medialit:<lesson id>:", so it survives
     moving the site folder (the key does not depend on the address). If storage is disabled, both
     features still work for the current visit.
   - Feedback text comes from data attributes and is set with textContent: nothing is parsed as HTML.
   - Without JavaScript the page stays usable: highlights are shown and the exercises are a plain list
     of choices (the controls below are revealed by this script). */
(function () {
  "use strict";

  var PREFIX = "medialit:";

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* storage disabled or full: keep working for this visit */ }
  }
  function readJSON(key) {
    try { var value = JSON.parse(read(key) || "{}"); return value && typeof value === "object" ? value : {}; }
    catch (e) { return {}; }
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* ------------------------------------------------------------------ reading mode */

  function setUpToggle(text) {
    var row = text.querySelector(".ml-toggle-row");
    var button = text.querySelector(".ml-toggle");
    if (!row || !button || button.dataset.ready) return;
    button.dataset.ready = "1";
    var state = text.querySelector(".ml-toggle-state");
    var key = PREFIX + text.dataset.lesson + ":highlights";

    function show(on) {
      text.classList.toggle("ml-plain", !on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
      if (state) state.textContent = on ? "Highlights are on: read the numbered reasons" : "Plain reading: highlights are off";
    }
    // Plain reading first, unless the student switched highlights on before, or arrived through a link
    // to a flag (from a technique page): then the flag must be visible.
    var toFlag = /^#(ref-)?flag-/.test(window.location.hash);
    show(read(key) === "on" || toFlag);
    row.hidden = false;
    button.addEventListener("click", function () {
      var on = text.classList.contains("ml-plain");
      show(on);
      write(key, on ? "on" : "off");
    });
    window.addEventListener("hashchange", function () {
      if (/^#(ref-)?flag-/.test(window.location.hash)) show(true);
    });
  }

  /* ------------------------------------------------------------------ self-check exercises */

  function setUpExercises(box) {
    if (box.dataset.ready) return;
    box.dataset.ready = "1";
    var key = PREFIX + box.dataset.lesson + ":exercises";
    var answers = readJSON(key);
    var sets = Array.prototype.slice.call(box.querySelectorAll(".ml-ex"));
    var progress = box.querySelector(".ml-ex-progress");
    var score = box.querySelector(".ml-ex-score");
    var reset = box.querySelector(".ml-ex-reset");

    function options(set) { return Array.prototype.slice.call(set.querySelectorAll("input[type=radio]")); }
    function optionText(input) {
      var text = input.parentNode.querySelector(".ml-ex-text");
      return text ? text.textContent : "";
    }

    function showFeedback(set, input, announce) {
      var box = set.querySelector(".ml-ex-feedback");
      box.setAttribute("aria-live", announce ? "polite" : "off");   // restoring saved answers stays quiet
      box.textContent = "";
      options(set).forEach(function (other) { other.parentNode.classList.remove("ml-ex-right", "ml-ex-wrong"); });
      set.classList.remove("ml-ex-done-right", "ml-ex-done-wrong");
      if (!input) return;
      var right = input.dataset.correct === "true";
      input.parentNode.classList.add(right ? "ml-ex-right" : "ml-ex-wrong");
      set.classList.add(right ? "ml-ex-done-right" : "ml-ex-done-wrong");
      var p = el("p", right ? "ml-fb ml-fb-right" : "ml-fb ml-fb-wrong");
      p.appendChild(el("strong", "ml-fb-verdict", right ? "✓ Right." : "✗ Not quite."));
      p.appendChild(document.createTextNode(" " + input.dataset.feedback));
      if (!right) p.appendChild(document.createTextNode(" Try another answer."));
      box.appendChild(p);
    }

    function updateScore(message) {
      var done = 0, right = 0;
      sets.forEach(function (set) {
        var entry = answers[set.dataset.ex];
        if (entry) { done += 1; if (entry.right) right += 1; }
      });
      progress.hidden = false;
      reset.disabled = done === 0;
      score.textContent = (message ? message + " " : "") + "Answered " + done + " of " + sets.length +
        "; " + right + " right.";
    }

    sets.forEach(function (set) {
      var check = set.querySelector(".ml-ex-check");
      check.hidden = false;
      var saved = answers[set.dataset.ex];
      if (saved) {
        var match = options(set).filter(function (input) { return optionText(input) === saved.choice; })[0];
        if (match) { match.checked = true; showFeedback(set, match, false); }
        else delete answers[set.dataset.ex];   // the exercise changed since: forget the old answer
      }
      check.addEventListener("click", function () {
        var chosen = set.querySelector("input[type=radio]:checked");
        var feedback = set.querySelector(".ml-ex-feedback");
        if (!chosen) {
          showFeedback(set, null, true);
          feedback.appendChild(el("p", "ml-fb", "Choose an answer first."));
          return;
        }
        answers[set.dataset.ex] = { choice: optionText(chosen), right: chosen.dataset.correct === "true" };
        write(PREFIX + box.dataset.lesson + ":exercises", JSON.stringify(answers));
        showFeedback(set, chosen, true);
        updateScore();
      });
    });

    reset.addEventListener("click", function () {
      answers = {};
      write(key, null);
      sets.forEach(function (set) {
        options(set).forEach(function (input) { input.checked = false; });
        showFeedback(set, null, false);
      });
      updateScore("Your answers were cleared.");
      var first = sets[0] && sets[0].querySelector("input[type=radio]");
      if (first) first.focus();
    });

    updateScore();
  }

  /* ------------------------------------------------------------------ question -> paragraph -> back */

  /* A question or a self-check links to its paragraph (#p12); far down the page, the student then had to
     scroll back to find where they were. The paragraph they land on gets a "Back to Q3" link (one at a
     time), which is also the next stop for the keyboard. */
  function setUpBackLinks() {
    if (document.body.dataset.mlBack) return;
    document.body.dataset.mlBack = "1";
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#p']");
      if (!link) return;
      var from = link.closest(".ml-question, .ml-ex");
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (!from || !from.id || !target || !target.classList.contains("ml-para")) return;
      var old = document.querySelector(".ml-back");
      if (old) old.parentNode.removeChild(old);
      var label = from.classList.contains("ml-question") ? from.id.toUpperCase()
        : "exercise " + from.id.replace(/^ex/, "");
      var back = el("a", "ml-back", "↩ Back to " + label);
      back.href = "#" + from.id;
      target.insertBefore(back, target.firstChild);
    });
  }

  /* ------------------------------------------------------------------ arriving from search */

  /* A search result for a word of the text opens the lesson at "The text" (the section the index knows),
     with Material's marks on the matches: in a long text the match could be forty paragraphs further down.
     Bring the first match in the text into view. */
  function showSearchMatch() {
    if (!/[?&]h=[^&]/.test(window.location.search)) return;
    function go() {
      window.setTimeout(function () {   // after Material has marked the matches and the browser went to #the-text
        var match = document.querySelector(".ml-text mark[data-md-highlight]");
        if (match) match.scrollIntoView({ block: "center" });
      }, 0);
    }
    if (document.readyState === "complete") go();
    else window.addEventListener("load", go, { once: true });
  }

  /* ------------------------------------------------------------------ wide tables */

  /* A table wider than the screen (the teacher's all-flags table on a phone) scrolls sideways inside Material's
     wrapper; with no link in it, a keyboard user could not reach it to scroll (WCAG 2.1.1). Such a wrapper
     becomes a focusable, named region; it goes back to normal when the window is wide enough again. */
  function setUpWideTables() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      var wide = wrap.scrollWidth > wrap.clientWidth + 1;
      if (wide && !wrap.dataset.mlWide) {
        wrap.dataset.mlWide = "1";
        wrap.tabIndex = 0;
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", "Wide table: scroll sideways with the arrow keys");
      } else if (!wide && wrap.dataset.mlWide) {
        delete wrap.dataset.mlWide;
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("role");
        wrap.removeAttribute("aria-label");
      }
    });
  }

  /* A flag's link must say its visible text too (WCAG 2.5.3, label in name): "11.1 EX" is announced as
     "11.1 EX: Exaggeration or minimisation". Interim fix until textview.py writes that aria-label itself. */
  function init() {
    document.querySelectorAll(".ml-text").forEach(setUpToggle);
    document.querySelectorAll(".ml-exercises").forEach(setUpExercises);
    if (document.querySelector(".ml-text")) setUpBackLinks();
    setUpWideTables();
    if (document.querySelector(".ml-text")) showSearchMatch();
    if (!document.body.dataset.mlResize) {
      document.body.dataset.mlResize = "1";
      window.addEventListener("resize", setUpWideTables);
    }
    document.querySelectorAll(".ml-print-now").forEach(function (button) {
      button.hidden = false;
      if (!button.dataset.ready) {
        button.dataset.ready = "1";
        button.addEventListener("click", function () { window.print(); });
      }
    });
  }

  if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
