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
  table.querySelectorAll("th[aria-sort]").forEach(function (h) { h.removeAttribute("aria-sort"); });
  th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
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

// Sortable headers are reached with Tab and sorted with Enter or Space, as with the mouse.
function keyboardSortable(root) {
  root.querySelectorAll("table.sortable th[data-sort]").forEach(function (th) {
    if (!th.hasAttribute("tabindex")) th.setAttribute("tabindex", "0");
  });
}
document.addEventListener("keydown", function (event) {
  var th = event.target.closest && event.target.closest("table.sortable th[data-sort]");
  if (th && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    th.click();
  }
});
document.addEventListener("DOMContentLoaded", function () { keyboardSortable(document); });
document.addEventListener("htmx:afterSettle", function (event) { keyboardSortable(event.target); });

// The phone's menu: one button opens and closes it; Escape closes it.
document.addEventListener("click", function (event) {
  var toggle = event.target.closest && event.target.closest(".nav-toggle");
  if (toggle) {
    var open = toggle.closest(".app-header").classList.toggle("open");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }
});
document.addEventListener("keydown", function (event) {
  var header = document.querySelector(".app-header.open");
  if (header && event.key === "Escape") {
    header.classList.remove("open");
    header.querySelector(".nav-toggle").setAttribute("aria-expanded", "false");
  }
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

// A select that switches the page (period, county, kind): submit its form on change. No inline handlers, so the
// Content-Security-Policy needs no 'unsafe-inline'.
document.addEventListener("change", function (event) {
  if (event.target.matches && event.target.matches("select.auto-submit")) {
    event.target.form.submit();
  }
});

// A print button (the ranking for the meeting's paper copy).
document.addEventListener("click", function (event) {
  if (event.target.closest && event.target.closest("[data-print]")) {
    window.print();
  }
});

// Charts: every element with data-chart is drawn from its data attributes (written with #json.of), on load and after
// htmx swaps in new content (the meeting-room screen refreshes itself). Pages carry no inline script (CSP).
document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
document.addEventListener("htmx:afterSettle", function (event) { drawCharts(event.target); });

var charts = [];
window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });

function json(el, name) {
  var value = el.getAttribute(name);
  return value ? JSON.parse(value) : null;
}

// The chart's data, from its attributes: arrays as JSON (data-months, data-values, ...); a growth chart's series as
// data-s1, data-s2, ... with data-sN-name and data-sN-style.
function chartData(el) {
  var data = {
    dark: el.getAttribute("data-dark") === "true",
    months: json(el, "data-months"),
    names: json(el, "data-names"),
    values: json(el, "data-values"),
    label: el.getAttribute("data-label"),
    output: json(el, "data-output"),
    outputLy: json(el, "data-output-ly"),
    electricity: json(el, "data-electricity"),
    electricityLy: json(el, "data-electricity-ly"),
    revenue: json(el, "data-revenue"),
    trailing: json(el, "data-trailing"),
    projected: json(el, "data-projected"),
    threshold: json(el, "data-threshold"),
    done: json(el, "data-done"),
    plan: json(el, "data-plan"),
    series: []
  };
  for (var i = 1; el.hasAttribute("data-s" + i); i++) {
    data.series.push({
      name: el.getAttribute("data-s" + i + "-name"),
      style: el.getAttribute("data-s" + i + "-style"),
      data: json(el, "data-s" + i)
    });
  }
  return data;
}

function drawCharts(root) {
  if (typeof echarts === "undefined") return;
  // the charts of content htmx swapped out: disposed, or they pile up (the screen refreshes every minute)
  charts = charts.filter(function (c) {
    if (c.isDisposed() || !c.getDom().isConnected) {
      if (!c.isDisposed()) c.dispose();
      return false;
    }
    return true;
  });
  root.querySelectorAll("[data-chart]").forEach(function (el) {
    var data = chartData(el);
    var draw = chartKinds[el.getAttribute("data-chart")];
    if (draw) {
      var old = echarts.getInstanceByDom(el);
      if (old) {
        old.dispose();
        charts = charts.filter(function (c) { return c !== old; });
      }
      el.setAttribute("role", "img");
      var chart = echarts.init(el, data.dark ? "dark" : null, { locale: chartLocale() });
      var option = draw(data);
      // a text alternative for screen readers: ECharts writes the chart's title, series and values into the
      // container's aria-label, in the page's language
      option.aria = { enabled: true, label: { enabled: true }, decal: { show: false } };
      chart.setOption(option);
      charts.push(chart);
    }
  });
}

// ECharts' own texts (tooltips, the aria description) in the page's language.
function chartLocale() {
  return (document.documentElement.lang || "zh").toLowerCase().indexOf("en") === 0 ? "EN" : "ZH";
}

// How each kind of series looks, the same on every page.
var seriesStyles = {
  cum: { type: "line", label: { show: true }, lineStyle: { width: 3 } },
  lastYear: { type: "line", lineStyle: { type: "dashed" } },
  month: { type: "bar", barWidth: "40%", itemStyle: { opacity: 0.5 } },
  monthBar: { type: "bar" },
  lastMonthBar: { type: "bar", itemStyle: { opacity: 0.5 } },
  // the path that reaches the annual target in December (the monthly plan)
  target: { type: "line", symbol: "none", lineStyle: { color: "#c0392b" }, itemStyle: { color: "#c0392b" } }
};

function styled(series) {
  return series.map(function (s) {
    var out = { name: s.name, data: s.data };
    var style = seriesStyles[s.style] || seriesStyles.lastYear;
    Object.keys(style).forEach(function (k) { out[k] = style[k]; });
    return out;
  });
}

// The series names above a chart. A "textStyle: undefined" key would wipe ECharts' default text style and leave the
// legend without its names, so the key is set only on the dark screen.
function legend(data, series) {
  var out = { data: series.map(function (s) { return s.name; }) };
  if (data.dark) out.textStyle = { color: "#cfe3ff" };
  return out;
}

function darkText(data) {
  return data.dark ? { backgroundColor: "transparent", textStyle: { color: "#cfe3ff" } } : {};
}

function withBase(data, option) {
  var base = darkText(data);
  Object.keys(option).forEach(function (k) { base[k] = option[k]; });
  base.animation = false;
  return base;
}

var chartKinds = {
  // month by month growth (x: 1-2月..1-12月, y: %): overview, county, industry, comparison, screen
  growth: function (data) {
    var series = styled(data.series);
    return withBase(data, {
      tooltip: { trigger: "axis" },
      legend: legend(data, series),
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: "category", data: data.months },
      yAxis: { type: "value", axisLabel: { formatter: "{value}%" } },
      series: series
    });
  },
  // one value per county (horizontal comparison, screen): red below zero, one decimal on top
  bars: function (data) {
    var negative = data.dark ? "#ff6b5b" : "#c0392b";
    var positive = data.dark ? "#3fa7ff" : "#1f4e8c";
    return withBase(data, {
      tooltip: { trigger: "axis" },
      grid: { left: 50, right: 20, top: 30, bottom: 40 },
      xAxis: { type: "category", data: data.names, axisLabel: { interval: 0 } },
      yAxis: { type: "value", name: data.label || "" },
      series: [{ name: data.label || "", type: "bar", data: data.values.map(function (v) {
        return { value: v, itemStyle: { color: v !== null && v < 0 ? negative : positive } };
      }), label: { show: true, position: "top", formatter: function (p) { return p.value === null ? "" : Number(p.value).toFixed(1); } } }]
    });
  },
  // a pool enterprise's monthly revenue (bars, projected ones lighter) and its last twelve months (line) against the
  // above-size threshold (a marked line at data-threshold)
  revenue: function (data) {
    var n = data.names;
    return withBase(data, {
      tooltip: { trigger: "axis" },
      legend: { data: n },
      grid: { left: 70, right: 70, top: 40, bottom: 30 },
      xAxis: { type: "category", data: data.months },
      // the twelve-month axis reaches the threshold, so that its line is always drawn
      yAxis: [{ type: "value", name: n[0] }, { type: "value", name: n[2],
        max: function (v) { return Math.ceil(Math.max(v.max, data.threshold * 1.05)); } }],
      series: [
        { name: n[0], type: "bar", data: data.revenue },
        { name: n[1], type: "bar", data: data.projected, itemStyle: { opacity: 0.4 } },
        { name: n[2], type: "line", yAxisIndex: 1, data: data.trailing, lineStyle: { width: 3 },
          markLine: { symbol: "none", data: [{ yAxis: data.threshold, name: n[3] }],
            label: { formatter: n[3] }, lineStyle: { type: "dashed", color: "#c0392b" } } }
      ]
    });
  },
  // a project's investment completed this year (cumulative bars) against its plan spread over the months elapsed
  // (line): the time progress the ledger reports
  progress: function (data) {
    var n = data.names;
    return withBase(data, {
      tooltip: { trigger: "axis" },
      legend: { data: n },
      grid: { left: 70, right: 30, top: 40, bottom: 30 },
      xAxis: { type: "category", data: data.months },
      yAxis: { type: "value" },
      series: [
        { name: n[0], type: "bar", data: data.done },
        { name: n[1], type: "line", data: data.plan, lineStyle: { type: "dashed", width: 2 } }
      ]
    });
  },
  // an enterprise's output (bars, left axis) and electricity (lines, right axis), this year and last
  enterprise: function (data) {
    var n = data.names;
    return withBase(data, {
      tooltip: { trigger: "axis" },
      legend: { data: n },
      grid: { left: 70, right: 70, top: 40, bottom: 30 },
      xAxis: { type: "category", data: data.months },
      yAxis: [{ type: "value", name: n[0] }, { type: "value", name: n[2] }],
      series: [
        { name: n[0], type: "bar", data: data.output },
        { name: n[1], type: "bar", data: data.outputLy, itemStyle: { opacity: 0.5 } },
        { name: n[2], type: "line", yAxisIndex: 1, data: data.electricity, lineStyle: { width: 3 } },
        { name: n[3], type: "line", yAxisIndex: 1, data: data.electricityLy, lineStyle: { type: "dashed" } }
      ]
    });
  }
};

// Every table of a page can be saved as Excel: a link above each table.data asks for the page itself with
// ?export=xlsx&table=ID (its id, else its place N among the page's tables, as report/PageExportFilter counts them).
// Tables with their own fuller export (data-export="own": the whole ledger, all columns) keep only that one. A table
// that htmx brings later (the county page's environmental cost) links to the address it came from, by its id.
function exportLink(table, path, search, index) {
  var label = document.querySelector('meta[name="export-label"]');
  if (!label || table.getAttribute("data-export") === "own" || table.hasAttribute("data-export-link")) return;
  var params = new URLSearchParams(search);
  params.set("export", "xlsx");
  params.set("table", table.id || String(index));
  var link = document.createElement("a");
  link.className = "export-link no-print";
  link.href = path + "?" + params.toString();
  link.textContent = label.getAttribute("content");
  table.setAttribute("data-export-link", "");
  var holder = table.parentElement && table.parentElement.classList.contains("table-scroll") ? table.parentElement : table;
  holder.parentElement.insertBefore(link, holder);
}
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("main table.data").forEach(function (table, index) {
    exportLink(table, window.location.pathname, window.location.search, index);
  });
});
document.addEventListener("htmx:afterSettle", function (event) {
  var config = event.detail.requestConfig;
  if (!config || config.verb !== "get" || !event.detail.pathInfo) return;
  var url = new URL(event.detail.pathInfo.requestPath, window.location.href);
  // only the tables this answer brought: the request's address answers each by its id (a fragment's own address, or
  // the page the fragment was cut from); an element replaced whole is found again by its id
  var root = event.detail.target;
  if (root && !root.isConnected && root.id) root = document.getElementById(root.id);
  if (!root || !root.isConnected) return;
  var tables = root.matches("table.data") ? [root] : Array.prototype.slice.call(root.querySelectorAll("table.data"));
  tables.forEach(function (table) {
    if (table.id) exportLink(table, url.pathname, url.search, 0);
  });
});
