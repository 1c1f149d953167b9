/*
 * The territory page's line chart of audience and engagement rate, drawn by ECharts FROM the KPI
 * table beside it (#territory-kpis: a th[data-kpi] per column, td[data-value] per value).
 */
(function () {
  'use strict';
  var element = document.getElementById('territory-chart');
  if (!window.echarts || !element) {
    return;
  }
  var table = document.getElementById(element.dataset.source);
  var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
  var months = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
    return row.querySelector('th').textContent.trim();
  });

  function column(kpi) {
    var index = headers.findIndex(function (th) { return th.dataset.kpi === kpi; });
    if (index < 0) {
      return null;
    }
    return {
      name: headers[index].textContent.trim(),
      values: Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
        var cell = row.children[index];
        return cell && cell.dataset.value ? Number(cell.dataset.value) : null;
      })
    };
  }

  var series = [];
  var axes = [];
  element.dataset.series.split(' ').forEach(function (kpi) {
    var found = column(kpi);
    if (!found) {
      return;
    }
    axes.push({ type: 'value', name: found.name, nameTextStyle: { align: axes.length ? 'right' : 'left' } });
    series.push({ type: 'line', name: found.name, yAxisIndex: axes.length - 1, data: found.values, connectNulls: false });
  });
  var chart = window.echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    color: ['#000091', '#c9191e'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 56, bottom: 32 },
    xAxis: { type: 'category', data: months },
    yAxis: axes,
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
