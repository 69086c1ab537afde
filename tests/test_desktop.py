"""The desktop path: every dialog opens with any layer in the project, the workflows are
valid tools of the provider, help reads whole, and a workflow runs through its dialog
with its outputs loaded styled."""
import os
import pathlib
import re
import subprocess
import sys

import numpy as np
import pytest
from qgis.PyQt.QtGui import QTextDocument

from conftest import PLUGINS, REPO
from helpers import write_raster

HERE = pathlib.Path(__file__).resolve().parent
WORKFLOWS = {"coupling_coordination", "panel_dynamics", "ecological_sources",
             "resistance_surface", "corridors", "ecological_security_network"}
GUI_ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _gui_script(name, *args, timeout=600):
    proc = subprocess.run([sys.executable, str(HERE / name), *map(str, args)],
                          capture_output=True, text=True, env=GUI_ENV, timeout=timeout)
    return proc


@pytest.mark.parametrize("kinds", ["", "raster", "polygon", "point", "raster,polygon,point"])
def test_every_dialog_opens_with_any_layer_in_the_project(provider, tmp_path, kinds):
    """A raster in the project used to crash QGIS (signal 11 in QGIS's field widget) when
    the dialog of a corridor tool opened; each layer is also put into every layer
    parameter of every dialog."""
    proc = _gui_script("desktop_dialogs.py", PLUGINS, tmp_path, kinds)
    opened = re.findall(r"^OPEN (\S+)$", proc.stdout, re.M)
    assert proc.returncode == 0, "QGIS died (exit %d) in the dialog of %s:\n%s" % (
        proc.returncode, opened[-1] if opened else "?", proc.stdout[-2000:] + proc.stderr[-2000:])
    ok = set(re.findall(r"^OK (\S+)$", proc.stdout, re.M))
    assert ok == {a.id() for a in provider.algorithms()}
    assert len(ok) == 25 + len(WORKFLOWS)


def test_workflows_are_tools_that_validate(provider):
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()
    found = {a.name() for a in provider.algorithms() if a.groupId() == "workflows"}
    assert found == WORKFLOWS
    for key in sorted(WORKFLOWS):
        alg = registry.createAlgorithmById("ecosecurity:" + key)
        ok, issues = alg.validate()
        assert ok and not issues, (key, issues)
        assert alg.group() == "Workflows" and alg.displayName() and alg.shortHelpString()
        for d in alg.destinationParameterDefinitions():  # every output labelled
            assert d.description().strip(), (key, d.name())
        for d in alg.parameterDefinitions():
            assert d.description().strip(), (key, d.name())
            if not d.isDestination():  # every input explained in the help
                assert alg.helpContent().get(d.name(), "").strip(), (key, d.name())


def test_a_workflow_chains_in_another_model(provider, run, tmp_path):
    """The registry's instance (the one the Modeler offers) has every output, so a
    workflow is a step of a user's own model."""
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as S,
                           QgsProcessingModelOutput, QgsProcessingModelParameter,
                           QgsProcessingParameterRasterLayer)
    from test_leastcost_tool import layout
    step = provider.algorithm("corridors")
    assert {d.name() for d in step.destinationParameterDefinitions()} == {
        "corridors:links", "corridors:corridors", "current:current",
        "current:effective_resistances"}
    model = QgsProcessingModelAlgorithm("mine", "mine")
    for name in ("src", "res"):
        model.addModelParameter(QgsProcessingParameterRasterLayer(name, name),
                                QgsProcessingModelParameter(name))
    c = QgsProcessingModelChildAlgorithm("ecosecurity:corridors")
    c.setChildId("wf")
    c.addParameterSources("sources", [S.fromModelParameter("src")])
    c.addParameterSources("resistance", [S.fromModelParameter("res")])
    c.addParameterSources("corridor_width", [S.fromStaticValue(300.0)])
    for name in ("corridors:links", "corridors:corridors", "current:effective_resistances"):
        c.addParameterSources(name, [S.fromStaticValue("TEMPORARY_OUTPUT")])
    out = QgsProcessingModelOutput("my_current", "My current")
    out.setChildId("wf")
    out.setChildOutputName("current:current")
    c.setModelOutputs({"my_current": out})
    model.addChildAlgorithm(c)
    ok, issues = model.validate()
    assert ok and not issues, issues
    src, res = layout(tmp_path)
    # the user's model names its output wf:my_current (QGIS < 3.34) or my_current (3.34+)
    [out_name] = [d.name() for d in model.destinationParameterDefinitions()]
    result = run(model, {"src": src, "res": res, out_name: str(tmp_path / "c.tif")})
    assert (tmp_path / "c.tif").exists() and result[out_name] == str(tmp_path / "c.tif")


@pytest.mark.parametrize("key", sorted(WORKFLOWS))
def test_shipped_model_files_validate(provider, key):
    """The .model3 files (for users who open them in the Modeler) are the same workflows."""
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(REPO / "resources" / "models" / (key + ".model3")))
    ok, issues = model.validate()
    assert ok and not issues, issues
    tool = QgsApplication.processingRegistry().createAlgorithmById("ecosecurity:" + key)
    # the tool's optional project and report outputs are written after the model has run
    # (workflows/tools/publish.py): the model files do not have them
    published = {"OUTPUT_PROJECT", "OUTPUT_REPORT"} if key in (
        "ecological_security_network", "coupling_coordination") else set()
    assert sorted(d.name() for d in model.parameterDefinitions()) == \
        sorted(d.name() for d in tool.parameterDefinitions() if d.name() not in published)
    assert published <= {d.name() for d in tool.parameterDefinitions()}


def test_workflow_inputs_in_workflow_order(provider):
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().createAlgorithmById(
        "ecosecurity:ecological_security_network")
    names = [d.name() for d in alg.parameterDefinitions() if not d.isDestination()]
    assert names[:7] == ["landuse", "landuse_scores", "dem", "roads", "mining_areas",
                         "corrections", "habitat"]
    assert names.index("min_radius") < names.index("max_radius") < names.index("radius_step")
    assert names[-3:] == ["admin", "admin_field", "landuse_names"]
    # the study's defaults are filled
    assert alg.parameterDefinition("corridor_width").defaultValue() == 20000.0
    assert alg.parameterDefinition("landuse_scores").defaultValue() == "0=nodata; 1=3; 2=1; 3=5"


def test_a_workflow_through_qgis_process_by_its_id(qgis_process, tmp_path):
    from test_leastcost_tool import layout
    src, res = layout(tmp_path)
    r = qgis_process("ecosecurity:corridors", {
        "sources": src, "resistance": res, "corridor_width": 300,
        "corridors:links": tmp_path / "links.gpkg", "corridors:corridors": tmp_path / "c.tif",
        "current:current": tmp_path / "current.tif",
        "current:effective_resistances": tmp_path / "r.csv"})
    assert r["results"]["current:current"] == str(tmp_path / "current.tif")
    assert (tmp_path / "current.tif").exists() and (tmp_path / "links.gpkg").exists()


def _plain(html):
    doc = QTextDocument()
    doc.setHtml(html)
    return " ".join(doc.toPlainText().split())


def test_help_reads_whole_with_choices_by_label(provider):
    """Qt's rich text used to cut the help at '<' ("<=", "<INDEX_FIELD>")."""
    from ecosecurity.algorithms.base import HelpText
    for alg in provider.algorithms():
        if alg.groupId() == "workflows":
            continue
        text = _plain(alg.shortHelpString())
        help_ = alg.HELP
        assert isinstance(help_, HelpText)
        pieces = [help_.summary, help_.formula or "", help_.notes or ""] + \
            [t for _, t in help_.parameters + help_.outputs] + help_.references
        for piece in pieces:
            assert " ".join(piece.split()) in text, (alg.id(), piece[:60])
        for d in alg.parameterDefinitions():
            if d.type() == "enum" and d.name() in {n for n, _ in help_.parameters}:
                assert "Choices: " + "; ".join(d.options()) in text, (alg.id(), d.name())
            if d.name() in {n for n, _ in help_.parameters}:
                assert "%s (%s)" % (d.description(), d.name()) in text, (alg.id(), d.name())
    # one the issue named: "<=" and "<INDEX_FIELD>" survive
    assert "<INDEX_FIELD>_<name>" in _plain(provider.algorithm("compositeindex").shortHelpString())
    assert "cells <= 0" in _plain(provider.algorithm("circuitscape").shortHelpString())
    assert "(D_<year> fields" in _plain(provider.algorithm("coupling_coordination").shortHelpString())
    assert "Resistance surface (> 0; nodata impassable)." in _plain(
        provider.algorithm("corridors").shortHelpString())


def test_rarely_changed_parameters_are_advanced(provider):
    from qgis.core import QgsProcessingParameterDefinition as D
    advanced = {alg.name(): {d.name() for d in alg.parameterDefinitions()
                             if d.flags() & D.FlagAdvanced} for alg in provider.algorithms()}
    assert {"SOLVER", "WORKERS", "SOURCES", "GROUNDS", "GROUND_IS_CONDUCTANCE",
            "AVERAGING", "INCLUDE_PAIRS"} <= advanced["circuitscape"]
    assert "RESISTANCE" not in advanced["circuitscape"]
    assert {"TRANSITION", "INTEXT"} <= advanced["mspa"]
    assert {"SEED", "COLLAPSE"} <= advanced["panelvar"]


def _source_polygons(tmp_path):
    """The three sources of test_leastcost_tool.layout as polygons with an id field."""
    from osgeo import ogr, osr
    path = str(tmp_path / "sources.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32650)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("sources", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("sid", ogr.OFTInteger))
    x0, y0 = 500000.0, 4000000.0
    for sid, (r0, c0) in ((1, (5, 5)), (2, (30, 50)), (3, (5, 50))):
        xa, xb, ya, yb = x0 + 10 * c0, x0 + 10 * (c0 + 5), y0 - 10 * (r0 + 5), y0 - 10 * r0
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("sid", sid)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
            xa, ya, xb, ya, xb, yb, xa, yb, xa, ya)))
        lyr.CreateFeature(f)
    ds = None
    return path


def test_old_scripts_giving_polygons_to_sources_still_work(run, tmp_path):
    """SOURCES took rasters or polygons before the split; a polygon layer there is still
    read as the polygons (SOURCE_POLYGONS), and gives the same links as the raster."""
    from conftest import read_layer
    from test_leastcost_tool import layout
    src, res = layout(tmp_path)
    path = _source_polygons(tmp_path)

    def links(**sources):
        out = run("leastcostcorridors", dict(sources, RESISTANCE=res, WIDTH_CUTOFF=200,
                                             LINKS=str(tmp_path / "l.gpkg"),
                                             CORRIDORS="TEMPORARY_OUTPUT"))
        return sorted((int(r["from_id"]), int(r["to_id"]), round(float(r["lcd"]), 6))
                      for r in read_layer(out["LINKS"]))

    from_raster = links(SOURCES=src)
    assert from_raster == links(SOURCE_POLYGONS=path, SOURCE_ID_FIELD="sid")
    assert from_raster == links(SOURCES=path, SOURCE_ID_FIELD="sid")  # the old way


def test_sources_as_raster_and_polygons_together_are_refused(run, tmp_path):
    from qgis.core import QgsProcessingException
    from test_leastcost_tool import layout
    src, res = layout(tmp_path)
    with pytest.raises(QgsProcessingException, match="not both"):
        run("leastcostcorridors", {"SOURCES": src, "SOURCE_POLYGONS": _source_polygons(
            tmp_path), "SOURCE_ID_FIELD": "sid", "RESISTANCE": res,
                                   "LINKS": "TEMPORARY_OUTPUT", "CORRIDORS": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="SOURCE_POLYGONS"):
        run("leastcostcorridors", {"RESISTANCE": res, "LINKS": "TEMPORARY_OUTPUT",
                                   "CORRIDORS": "TEMPORARY_OUTPUT"})


def test_a_workflow_runs_through_its_dialog_and_loads_styled_outputs(tmp_path):
    from qgis.PyQt.QtGui import QImage
    res = np.ones((40, 60), np.float32)
    res[:, 28:32] = 50.0
    res[18:22, 28:32] = 1.0
    src = np.zeros((40, 60), np.float32)
    src[5:10, 5:10], src[30:35, 50:55], src[5:10, 50:55] = 1, 2, 3
    s = write_raster(tmp_path / "src.tif", src)
    r = write_raster(tmp_path / "res.tif", res)
    out = tmp_path / "out"
    out.mkdir()
    proc = _gui_script("desktop_run.py", PLUGINS, s, r, out)
    assert proc.returncode == 0 and "DONE" in proc.stdout, proc.stdout + proc.stderr[-3000:]
    loaded = dict((pathlib.Path(p).name, rest) for p, rest in
                  re.findall(r"^LAYER (\S+) (.*)$", proc.stdout, re.M))
    assert set(loaded) == {"links.gpkg", "corridors.tif", "current.tif", "resistances.csv"}
    assert loaded["current.tif"].startswith("QgsSingleBandPseudoColorRenderer")
    assert loaded["corridors.tif"].startswith("QgsSingleBandPseudoColorRenderer")
    # the tool's link style: a blue line on a white casing (styles.link_style)
    from ecosecurity.algorithms.classify import palette
    assert loaded["links.gpkg"] == "QgsSingleSymbolRenderer #ffffff,%s" % palette.LINK_COLOUR
    image = QImage(str(out / "current.png"))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)}
    assert len(colours) > 10  # a rendered ramp, not a blank or single-colour map
