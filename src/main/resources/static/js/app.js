// Send the CSRF token with every htmx request (Spring Security checks it on POST/PUT/DELETE).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Client-side sorting of tables marked "sortable": click a header with data-sort; cells sort by data-value
// (numbers when they parse, empty last), else by their text.
document.addEventListener("click", function (event) {
  var th = event.target.closest("table.sortable th[data-sort]");
  if (!th) {
    return;
  }
  var table = th.closest("table");
  var headRow = th.parentElement;
  var index = columnIndex(th, table);
  var ascending = !th.classList.contains("sorted-asc");
  table.querySelectorAll("th").forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
  th.classList.add(ascending ? "sorted-asc" : "sorted-desc");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var x = sortValue(a.cells[index]);
    var y = sortValue(b.cells[index]);
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    var c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh");
    return ascending ? c : -c;
  });
  rows.forEach(function (r) { body.appendChild(r); });
  void headRow;
});

// The column of a header cell, honouring colspan/rowspan of a two-row header.
function columnIndex(th, table) {
  var grid = [];
  Array.prototype.forEach.call(table.tHead.rows, function (row, r) {
    grid[r] = grid[r] || [];
    var c = 0;
    Array.prototype.forEach.call(row.cells, function (cell) {
      while (grid[r][c]) c++;
      for (var i = 0; i < cell.rowSpan; i++) {
        grid[r + i] = grid[r + i] || [];
        for (var j = 0; j < cell.colSpan; j++) grid[r + i][c + j] = cell;
      }
      c += cell.colSpan;
    });
  });
  for (var r = 0; r < grid.length; r++) {
    for (var c = 0; c < grid[r].length; c++) {
      if (grid[r][c] === th) return c;
    }
  }
  return 0;
}

function sortValue(cell) {
  if (!cell) return null;
  var v = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
  if (v === "" || v === "—") return null;
  var n = Number(v);
  return isNaN(n) ? v : n;
}

// A month-by-month growth chart (x: 1-2月..1-12月, y: %), as the overview, county and comparison pages draw it.
// Call it from DOMContentLoaded: this file is deferred and runs after the pages' inline scripts.
function growthChart(id, months, series) {
  var chart = echarts.init(document.getElementById(id));
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { data: series.map(function (s) { return s.name; }) },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: "category", data: months },
    yAxis: { type: "value", axisLabel: { formatter: "{value}%" } },
    series: series
  });
  window.addEventListener("resize", function () { chart.resize(); });
  return chart;
}

// The series of the path that reaches the annual target in December (the monthly plan), drawn the same everywhere.
function targetPathSeries(name, data) {
  return { name: name, type: "line", data: data, symbol: "none", lineStyle: { color: "#c0392b" }, itemStyle: { color: "#c0392b" } };
}
