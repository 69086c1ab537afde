"""The QGIS project of a workflow's outputs (algorithms/tools/project.py), read back by QGIS."""
import numpy as np
import pytest

from test_leastcost_tool import layout


def network(run, tmp_path):
    """A small network's outputs as the workflow writes them, each with its .qml."""
    src, res = layout(tmp_path)
    p = {k: str(tmp_path / v) for k, v in {
        "links": "links.gpkg", "corridors": "corridors.tif", "links_c": "link_centrality.gpkg",
        "sources_c": "source_centrality.gpkg", "pinch": "pinch.tif", "key": "key.gpkg",
        "key_units": "key_units.csv", "current": "current.tif"}.items()}
    run("leastcostcorridors", {"SOURCES": src, "RESISTANCE": res, "WIDTH_CUTOFF": 300,
                               "LINKS": p["links"], "CORRIDORS": p["corridors"]})
    run("centrality", {"LINKS": p["links"], "SOURCES": src, "OUTPUT": p["links_c"],
                       "OUTPUT_SOURCES": p["sources_c"]})
    run("pinchpoints", {"SOURCES": src, "RESISTANCE": res, "LINKS": p["links"],
                        "CWD_CUTOFF": 300, "OUTPUT": p["pinch"]})
    run("keyareas", {"SCORE": p["pinch"], "CORRIDORS": p["corridors"], "OUTPUT": p["key"],
                     "OUTPUT_SUMMARY": p["key_units"]})
    run("circuitscape", {"RESISTANCE": res, "FOCAL_RASTER": src, "OUTPUT_CURRENT": p["current"],
                         "OUTPUT_RESISTANCES": "TEMPORARY_OUTPUT"})
    p.update(sources_raster=src, resistance=res)
    return p


def entries(p):
    from ecosecurity.algorithms.tools.project import Entry
    return [Entry(p["key"], "Key areas", "Key areas", style=protect_style()),
            Entry(p["current"], "Current", "Corridors"),
            Entry(p["links_c"], "Links by level", "Corridors"),
            Entry(p["corridors"], "Corridors", "Corridors", visible=False),
            Entry(p["pinch"], "Pinch points", "Corridors", visible=False),
            Entry(p["links"], "Links", "Corridors", visible=False),
            Entry(p["sources_c"], "Sources", "Sources")]


def protect_style():
    from ecosecurity.algorithms.classify.palette import PROTECT_COLOUR
    from ecosecurity.algorithms.tools.styles import key_area_style
    return key_area_style(PROTECT_COLOUR)


def test_project_opens_with_every_layer_valid_styled_grouped_and_ordered(run, tmp_path):
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes
    from ecosecurity.algorithms.tools import maps, project
    p = network(run, tmp_path)
    path = str(tmp_path / "network.qgz")
    project.build(path, entries(p), "Network")

    read = QgsProject()
    assert read.read(path)
    layers = read.mapLayers().values()
    assert len(layers) == 7 and all(lyr.isValid() for lyr in layers)
    # styled: each layer's symbology is the one of the .qml the tool wrote (or the style
    # given instead), and not QGIS's default (a grey stretch, a random single colour)
    key = read.mapLayersByName("Key areas")[0]
    assert project.layer_styles_match(key, protect_style())
    assert not project.layer_styles_match(key)  # green, where the tool's .qml says red
    assert all(project.layer_styles_match(lyr) for lyr in layers if lyr is not key)
    current = read.mapLayersByName("Current")[0]
    current.renderer().setOpacity(0.5)  # the check sees a changed style
    assert not project.layer_styles_match(current)
    kinds = {lyr.name(): lyr.renderer().type() for lyr in layers}
    assert kinds == {"Key areas": "singleSymbol", "Current": "singlebandpseudocolor",
                     "Links by level": "categorizedSymbol",
                     "Corridors": "singlebandpseudocolor",
                     "Pinch points": "singlebandpseudocolor", "Links": "singleSymbol",
                     "Sources": "categorizedSymbol"}
    root = read.layerTreeRoot()
    assert [g.name() for g in root.children()] == ["Key areas", "Corridors", "Sources"]
    corridors = root.findGroup("Corridors")
    assert [n.layer().name() for n in corridors.findLayers()] == [
        "Links by level", "Links", "Current", "Corridors", "Pinch points"]
    assert not root.findLayer(read.mapLayersByName("Corridors")[0].id()).isVisible()

    def rank(lyr):
        if isinstance(lyr, QgsRasterLayer):
            return 2
        return 0 if lyr.geometryType() == QgsWkbTypes.LineGeometry else 1
    order = root.customLayerOrder()
    assert root.hasCustomLayerOrder() and len(order) == 7
    assert [rank(lyr) for lyr in order] == sorted(rank(lyr) for lyr in order)
    assert isinstance(order[0], QgsVectorLayer)

    # drawn by QGIS: the visible layers cover the landscape with more than a few colours
    img = maps.render(maps.visible_layers(read), width=300)
    assert (img.width(), img.height()) == (300, 200)
    arr = np.array([[img.pixel(x, y) for x in range(0, 300, 3)] for y in range(0, 200, 3)])
    white = 0xFFFFFFFF
    assert (arr != white).mean() > 0.9 and len(np.unique(arr)) > 20


def test_missing_outputs_are_left_out_or_refused(tmp_path):
    from ecosecurity.algorithms.tools.project import Entry, build
    ghost = [Entry(str(tmp_path / "none.tif"), "None", "Group")]
    assert build(str(tmp_path / "a.qgz"), ghost) == {}
    with pytest.raises(FileNotFoundError):
        build(str(tmp_path / "b.qgz"), ghost, missing_ok=False)
