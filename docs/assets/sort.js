/* Sortable tables: a table with class "bv-sortable" gets a button in each heading that has a
   data-sort-type ("number" or "text"); a cell's data-sort, when present, is what it sorts by.
   Without JavaScript the table stays in the order the build wrote (stated on the page). */
(function () {
  "use strict";
  var collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

  function key(cell, type) {
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (type === "number") {
      var value = parseFloat(raw.replace(/\./g, "").replace(",", "."));
      return isNaN(value) ? -Infinity : value;
    }
    return raw;
  }

  function sortBy(table, column, type, heading) {
    var descending = heading.getAttribute("aria-sort") !== "descending";
    if (heading.getAttribute("aria-sort") === null) descending = type === "number";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      return { row: row, key: key(row.cells[column], type), index: index };
    });
    rows.sort(function (a, b) {
      var order = type === "number" ? a.key - b.key : collator.compare(a.key, b.key);
      return (descending ? -order : order) || a.index - b.index;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  function setUp(table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (heading, column) {
      var type = heading.getAttribute("data-sort-type");
      if (!type || heading.querySelector("button")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "bv-sort";
      button.textContent = heading.textContent;
      button.setAttribute("aria-label", "Sắp xếp theo " + heading.textContent.toLowerCase());
      heading.textContent = "";
      heading.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, column, type, heading); });
    });
  }

  function run() { Array.prototype.forEach.call(document.querySelectorAll("table.bv-sortable"), setUp); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run); else run();
})();
