"""The workflow tools' optional QGIS project (OUTPUT_PROJECT) and HTML report
(OUTPUT_REPORT): the project opens in QGIS with every output valid, styled, grouped and
drawn in order; the report's maps are drawn; left unset, neither is written. The network
workflow through processing.run: test_models_and_plugin.py's Corsica run checks them."""
import base64
import pathlib
import re
import sys

import numpy as np
import pytest

from conftest import SAMPLE, WORLD_MAP, read_layer

US_STATES = WORLD_MAP + "|layername=states_provinces|subset=\"adm0_a3\" = 'USA'"
COUPLING = {"indicators": str(SAMPLE / "produc.csv"), "key_field": "state",
            "time_field": "year", "system1_positive": ["hwy", "water", "util"],
            "system2_positive": ["gsp", "emp", "pc"], "system2_negative": ["unemp"],
            "regions": US_STATES, "region_key": "name"}
NETWORK_GROUPS = ["Key areas", "Corridors", "Sources", "Resistance", "Administrative units"]


def corsica_params(tmp_path):
    sys.path.insert(0, str(SAMPLE))
    import corsica_inputs
    inputs = corsica_inputs.make_all(str(tmp_path / "inputs"))
    corsica = SAMPLE / "corsica"
    # every other input keeps the workflow's default; sources of 5 km2 as in `make demo`
    return {"landuse": inputs["landuse"], "dem": inputs["dem"], "roads": inputs["roads"],
            "mining_areas": inputs["mining_areas"], "corrections": [inputs["corrections"]],
            "habitat": str(corsica / "fnf_2018.tif"), "min_area": 5e6,
            "admin": str(corsica / "admin.gpkg") + "|layername=gisco_adm_corsica",
            "admin_field": "ADM_ID"}


def temporary_outputs(key):
    """Every output of a workflow left temporary (qgis_process wants each one named)."""
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecosecurity:" + key)
    return {d.name(): "TEMPORARY_OUTPUT" for d in alg.destinationParameterDefinitions()
            if d.createByDefault()}


# -- checks ---------------------------------------------------------------------------

def _style_text(layer):
    from qgis.core import QgsMapLayer
    from qgis.PyQt.QtXml import QDomDocument
    doc = QDomDocument()
    layer.exportNamedStyle(doc, categories=QgsMapLayer.Symbology)
    return re.sub(r' id="\{[0-9a-fA-F-]+\}"', "", doc.toString())


def _default_style_text(layer):
    """The symbology QGIS gives the same file with no style at all (no .qml, no style in
    the GeoPackage)."""
    from qgis.core import QgsRasterLayer, QgsVectorLayer
    if isinstance(layer, QgsRasterLayer):
        fresh = QgsRasterLayer(layer.source(), "x", "gdal",
                               QgsRasterLayer.LayerOptions(False))
    else:
        fresh = QgsVectorLayer(layer.source(), "x", "ogr", QgsVectorLayer.LayerOptions(False))
    assert fresh.isValid()
    return _style_text(fresh)


def check_project(path, layers, outputs, extra_styles=None):
    """The project at path, read by QGIS: one layer per output file (named as the
    workflow's layer table says), each valid; every map styled as its .qml (or the style
    the table gives) and not as QGIS's default; groups in the table's order; drawing
    order points/lines above polygons above rasters. Returns the project."""
    from qgis.core import QgsProject, QgsVectorLayer
    from ecosecurity.algorithms.tools import project
    read = QgsProject()
    assert read.read(path)
    expected = {text: (name, group, style) for name, text, group, _, style in layers
                if name in outputs}
    expected.update(extra_styles or {})
    found = {lyr.name(): lyr for lyr in read.mapLayers().values()}
    assert set(found) == set(expected)
    for text, lyr in found.items():
        assert lyr.isValid(), text
        name, _, style = expected[text]
        if name in outputs:  # the layer is the output's file
            assert lyr.source().split("|")[0] == outputs[name]
        table = isinstance(lyr, QgsVectorLayer) and not lyr.isSpatial()
        if not table:
            assert project.layer_styles_match(lyr, style), text
            assert _style_text(lyr) != _default_style_text(lyr), text
    groups = [g.name() for g in read.layerTreeRoot().children()]
    order = []
    for _, _, group, _, _ in layers:
        if group in groups and group not in order:
            order.append(group)
    assert groups[:len(order)] == order
    drawn = read.layerTreeRoot().customLayerOrder()  # the maps: tables are not drawn
    maps = [lyr for lyr in found.values() if lyr.isSpatial()]
    assert read.layerTreeRoot().hasCustomLayerOrder() and set(drawn) == set(maps)
    ranks = [project.rank(lyr) for lyr in drawn]
    assert ranks == sorted(ranks)
    return read


def report_images(page):
    from qgis.PyQt.QtGui import QImage
    out = []
    for title, data in re.findall(r"<h2>([^<]+)</h2><div[^>]*><img alt='[^']*' "
                                  r"src='data:image/png;base64,([^']+)'", page):
        img = QImage()
        assert img.loadFromData(base64.b64decode(data), "PNG"), title
        out.append((title, img))
    return out


def colours_of(img, step=2):
    return {img.pixelColor(x, y).name() for x in range(0, img.width(), step)
            for y in range(0, img.height(), step)}


# -- coupling workflow ----------------------------------------------------------------

def check_coupling(results, project_path, page_path):
    from ecosecurity.algorithms.classify.palette import ramp
    from ecosecurity.algorithms.workflows.tools import publish
    outputs = {k.split(":")[-1]: v for k, v in results.items() if ":" in k}
    check_project(project_path, publish.coupling_layers(), outputs)
    page = pathlib.Path(page_path).read_text(encoding="utf-8")
    # the report's tables are the workflow's own outputs: D by year from its coupling table
    table = read_layer(outputs["coupling_table"])
    d86 = [r["D"] for r in table if str(r["year"]) == "1986"]
    row = re.search(r"<tr><td>1986</td><td>(\d+)</td><td>([^<]+)</td>", page)
    assert int(row.group(1)) == len(d86) == 48
    assert float(row.group(2)) == pytest.approx(np.mean(d86), rel=1e-5)
    assert page.count("<h2>Weights: ") == 2
    # graded maps of the first, middle and last year, in the grades' colours
    colours = ramp(10)
    images = report_images(page)
    assert [t for t, _ in images] == ["D grades, 1970", "D grades, 1978", "D grades, 1986"]
    for title, img in images:
        year = title[-4:]
        levels = [r["D_LEVEL"] for r in table if str(r["year"]) == year]
        seen = colours_of(img) & set(colours)
        present = {colours[lv - 1] for lv in levels}
        frequent = {colours[lv - 1] for lv in set(levels) if levels.count(lv) >= 3}
        assert frequent <= seen <= present, title


def test_coupling_workflow_writes_project_and_report(run, tmp_path):
    project_path, page = str(tmp_path / "out.qgz"), str(tmp_path / "out.html")
    # one output named, the others left temporary: they go beside the project
    res = run("coupling_coordination", dict(COUPLING, **{
        "map:graded_map": str(tmp_path / "map.gpkg"),
        "OUTPUT_PROJECT": project_path, "OUTPUT_REPORT": page}))
    assert res["OUTPUT_PROJECT"] == project_path and res["OUTPUT_REPORT"] == page
    assert res["map:graded_map"] == str(tmp_path / "map.gpkg")
    outputs = tmp_path / "out_outputs"
    assert res["coupling:coupling_table"] == str(outputs / "coupling_table.gpkg")
    assert res["index1:weights_system1"] == str(outputs / "weights_system1.csv")  # a table
    check_coupling(res, project_path, page)


@pytest.mark.qgis_process
def test_coupling_workflow_project_and_report_through_qgis_process(provider, qgis_process,
                                                                   tmp_path):
    params = dict(COUPLING, **temporary_outputs("coupling_coordination"),
                  OUTPUT_PROJECT=tmp_path / "cc.qgz", OUTPUT_REPORT=tmp_path / "cc.html")
    params.update({k: ";".join(v) for k, v in params.items() if isinstance(v, list)})
    res = qgis_process("ecosecurity:coupling_coordination", params)["results"]
    assert res["OUTPUT_PROJECT"] == str(tmp_path / "cc.qgz")
    check_coupling(res, str(tmp_path / "cc.qgz"), str(tmp_path / "cc.html"))


def test_unset_project_and_report_write_nothing(run, tmp_path):
    names = {"coupling:coupling_table": "cc.gpkg", "map:graded_map": "map.gpkg",
             "index1:weights_system1": "w1.csv", "index2:weights_system2": "w2.csv"}
    res = run("coupling_coordination", dict(COUPLING, **{
        k: str(tmp_path / v) for k, v in names.items()}))
    assert not res.get("OUTPUT_PROJECT") and not res.get("OUTPUT_REPORT")
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["cc.gpkg", "cc.qml", "map.gpkg", "map.qml", "w1.csv", "w2.csv"]


def test_only_two_workflows_publish_and_their_outputs_are_optional(provider):
    from qgis.core import QgsApplication
    from ecosecurity.algorithms.workflows.tools import publish
    assert set(publish.PUBLISHERS) == {"ecological_security_network",
                                       "coupling_coordination"}
    for alg in provider.algorithms():
        if alg.groupId() != "workflows":
            continue
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg.id())
        for name in (publish.PROJECT, publish.REPORT):
            d = alg.parameterDefinition(name)
            if alg.name() not in publish.PUBLISHERS:
                assert d is None
                continue
            assert d.isDestination() and not d.createByDefault() and d.defaultValue() is None
            assert alg.outputDefinition(name) is not None
            assert alg.helpContent().get(name)


# -- network workflow -----------------------------------------------------------------

def check_network(results, project_path, page_path, admin):
    from ecosecurity.algorithms.classify.palette import PROTECT_COLOUR
    from ecosecurity.algorithms.tools.styles import key_area_style, outline_style
    from ecosecurity.algorithms.workflows.tools import publish
    outputs = {k.split(":")[-1]: v for k, v in results.items() if ":" in k}
    layers = publish.network_layers()
    # the protect areas carry the given green style, the units the outline style
    layers = [(n, t, g, v, key_area_style(PROTECT_COLOUR) if n == "protect_areas" else s)
              for n, t, g, v, s in layers]
    read = check_project(project_path, layers, outputs, {
        "Administrative units": ("admin", "Administrative units", outline_style())})
    assert [g.name() for g in read.layerTreeRoot().children()] == NETWORK_GROUPS
    units = read.mapLayersByName("Administrative units")[0]
    assert units.source() == admin
    page = pathlib.Path(page_path).read_text(encoding="utf-8")
    # the tables are the workflow's outputs: every source, every link
    links = read_layer(outputs["link_centrality"])
    sources = read_layer(outputs["sources"])
    total = re.search(r"<h2>Corridors by level</h2><table>.*?<tr><td>all</td><td>(\d+)</td>",
                      page)
    assert int(total.group(1)) == len(links) > 0
    total = re.search(r"<h2>Sources by level</h2><table>.*?<tr><td>all</td><td>(\d+)</td>",
                      page)
    assert int(total.group(1)) == len(sources) > 0
    # the maps the network workflow has rasters for (no current: that is the corridors
    # workflow's), each drawn: many colours, not a blank frame. The resistance covers the
    # island (about half of its frame, the rest is sea); pinch points, barriers and key
    # areas lie along the corridors only
    images = report_images(page)
    inked = {"Sources and resistance": 0.3, "Pinch points": 0.02, "Barriers": 0.02,
             "Key areas": 0.02}
    assert [t for t, _ in images] == list(inked)
    for title, img in images:
        assert img.width() == 900 and img.height() > 200, title
        assert len(colours_of(img, 4)) > 10, title
        cells = [img.pixelColor(x, y).name() for x in range(0, 900, 8)
                 for y in range(0, img.height(), 8)]
        assert sum(c != "#ffffff" for c in cells) > inked[title] * len(cells), title


@pytest.mark.qgis_process
def test_network_workflow_project_and_report_through_qgis_process(provider, qgis_process,
                                                                  tmp_path):
    params = corsica_params(tmp_path)
    params.update(temporary_outputs("ecological_security_network"))
    params.update(OUTPUT_PROJECT=tmp_path / "net.qgz", OUTPUT_REPORT=tmp_path / "net.html")
    res = qgis_process("ecosecurity:ecological_security_network", params)["results"]
    assert res["OUTPUT_REPORT"] == str(tmp_path / "net.html")
    check_network(res, str(tmp_path / "net.qgz"), str(tmp_path / "net.html"),
                  params["admin"])
