/*
 * reportsite: filter the chronology by event type and actor, in the reader's browser.
 *
 * The chronology page works without JavaScript: it lists every event and its filter form stays
 * hidden. With JavaScript this script shows the form; each table row carries its event type and
 * actor ids in a `span.rs-row` (data-type, data-actors), and rows, months and years that do not
 * match are hidden. The choice is kept in the address (?type=...&actor=...) so it can be shared.
 * No dependencies, no network requests.
 */
(function () {
  "use strict";

  function init() {
    var form = document.querySelector("form.rs-filter");
    if (!form || form.getAttribute("data-ready")) {
      return;
    }
    form.setAttribute("data-ready", "1");
    var type = form.querySelector("[data-filter=type]");
    var actor = form.querySelector("[data-filter=actor]");
    var status = form.querySelector(".rs-filter-status");
    var rows = [];
    document.querySelectorAll("span.rs-row").forEach(function (span) {
      var row = span.closest("tr");
      if (row) {
        rows.push({
          row: row,
          type: span.getAttribute("data-type") || "",
          actors: (span.getAttribute("data-actors") || "").split(" ")
        });
      }
    });

    function hideEmpty(selector) {
      document.querySelectorAll(selector).forEach(function (group) {
        var visible = false;
        group.querySelectorAll("span.rs-row").forEach(function (span) {
          if (!span.closest("tr").hidden) {
            visible = true;
          }
        });
        group.hidden = !visible;
      });
    }

    function apply() {
      var wantType = type.value;
      var wantActor = actor.value;
      var shown = 0;
      rows.forEach(function (item) {
        var match = (!wantType || item.type === wantType) &&
          (!wantActor || item.actors.indexOf(wantActor) >= 0);
        item.row.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      hideEmpty(".rs-month");
      hideEmpty(".rs-year");
      if (wantType || wantActor) {
        status.textContent = "Showing " + shown + " of " + rows.length + " events.";
      } else {
        status.textContent = "";
      }
      var params = new URLSearchParams();
      if (wantType) {
        params.set("type", wantType);
      }
      if (wantActor) {
        params.set("actor", wantActor);
      }
      var query = params.toString();
      history.replaceState(history.state, "", (query ? "?" + query : location.pathname) + location.hash);
    }

    form.addEventListener("change", apply);
    form.addEventListener("reset", function () {
      window.setTimeout(apply, 0);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    var query = new URLSearchParams(location.search);
    if (query.get("type")) {
      type.value = query.get("type");
    }
    if (query.get("actor")) {
      actor.value = query.get("actor");
    }
    form.hidden = false;
    apply();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);  /* Material's instant navigation */
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
