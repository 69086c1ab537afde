"""What a workflow tool writes besides its steps' outputs, when asked: a QGIS project (.qgz)
of every output, styled, grouped and drawn in order (tools/project.py), and the HTML report
of its stage (ecosecurity:networkreport or :couplingreport).

Both are optional outputs of the tool (OUTPUT_PROJECT, OUTPUT_REPORT), written after the
model has run; left unset, nothing more is written. They belong to the tool, not to the
model: the .model3 files, plain models for the Modeler, do not have them.
"""
import html
import os

from qgis.core import (QgsProcessing, QgsProcessingException,
                       QgsProcessingOutputLayerDefinition,
                       QgsProcessingParameterFileDestination, QgsProcessingUtils, QgsProperty)

from ...tools import project
from .models import tr

PROJECT, REPORT = "OUTPUT_PROJECT", "OUTPUT_REPORT"


def network_layers():
    """(model output, layer name, group, shown, style) of the network's outputs, legend top
    first; style None: the .qml the tool wrote beside the file. Also `make demo`'s list."""
    from ...classify.palette import PROTECT_COLOUR
    from ...tools.styles import key_area_style, patch_style
    key, corridors = tr("Key areas"), tr("Corridors")
    sources, resistance = tr("Sources"), tr("Resistance")
    return [
        # the key-area tool draws both kinds red; protection is green in the project
        ("protect_areas", tr("Key areas to protect (pinch points)"), key, True,
         key_area_style(PROTECT_COLOUR)),
        ("restore_areas", tr("Key areas to restore (barriers)"), key, True, None),
        ("protect_by_unit", tr("Areas to protect by unit"), key, True, None),
        ("restore_by_unit", tr("Areas to restore by unit"), key, True, None),
        ("link_centrality", tr("Corridors by importance (centrality level)"), corridors,
         True, None),
        ("links", tr("Least-cost links"), corridors, False, None),
        ("current", tr("Current between sources (Circuitscape)"), corridors, True, None),
        ("pinch_points", tr("Pinch points (current in corridors)"), corridors, False, None),
        ("barriers", tr("Barriers (improvement score)"), corridors, False, None),
        ("barrier_percent", tr("Barriers (% of link cost)"), corridors, False, None),
        ("barrier_radius", tr("Barriers (best radius)"), corridors, False, None),
        ("corridors", tr("Least-cost corridors (cost width)"), corridors, False, None),
        ("sources", tr("Sources by dPC level"), sources, True, None),
        ("source_centrality", tr("Sources by centrality level"), sources, False, None),
        # the connectivity tool writes no style: graduated on dPC here
        ("patch_importance", tr("Core patches by importance (dPC)"), sources, False,
         patch_style()),
        ("source_raster", tr("Source ids"), sources, False, None),
        ("mspa", tr("MSPA classes"), sources, False, None),
        ("mspa_classes", tr("MSPA class areas"), sources, True, None),
        ("connectivity_indices", tr("Connectivity indices"), sources, True, None),
        ("resistance", tr("Resistance surface"), resistance, True, None),
    ]


def coupling_layers():
    """As network_layers, for the coupling workflow."""
    group = tr("Coupling coordination")
    return [("graded_map", tr("Coordination grade (D)"), group, True, None),
            ("coupling_table", tr("Coupling coordination table"), group, True, None),
            ("weights_system1", tr("Indicator weights of system 1"), group, True, None),
            ("weights_system2", tr("Indicator weights of system 2"), group, True, None)]


def admin_entry(path):
    """Administrative units (an input, without a .qml): outlines above the maps."""
    from ...tools.styles import outline_style
    return project.Entry(path, tr("Administrative units"), tr("Administrative units"), True,
                         outline_style())


def entries(layers, paths):
    """Project entries of the outputs found in paths (model output name -> file)."""
    return [project.Entry(paths[name], text, group, shown, style)
            for name, text, group, shown, style in layers if paths.get(name)]


def add_outputs(alg):
    """OUTPUT_PROJECT and OUTPUT_REPORT, optional and unset by default, with their help."""
    alg.addParameter(QgsProcessingParameterFileDestination(
        PROJECT, tr("QGIS project of the outputs"), tr("QGIS project (*.qgz)"),
        optional=True, createByDefault=False))
    alg.addParameter(QgsProcessingParameterFileDestination(
        REPORT, tr("Report (maps and tables, HTML)"), tr("HTML files (*.html)"),
        optional=True, createByDefault=False))
    content = alg.helpContent()
    content[PROJECT] = html.escape(tr(
        "Optional: a QGIS project (.qgz) with every output styled, grouped and drawn points "
        "and lines above polygons above rasters; it opens in QGIS with a double-click. "
        "Outputs left temporary are then written into a folder beside it "
        "(<project>_outputs), so that the project keeps them."))
    content[REPORT] = html.escape(tr(
        "Optional: one HTML page with the maps and the tables of the results (as the report "
        "tool of this stage writes it)."))
    alg.setHelpContent(content)


def _is_temporary(value):
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    return isinstance(value, str) and (value == QgsProcessing.TEMPORARY_OUTPUT or
                                       value.startswith("memory:"))


def keep_outputs(alg, parameters, folder, feedback):
    """The parameters with every output left temporary sent to a file (in folder, else in
    the Processing temporary folder): a memory layer has no file for a project and no .qml
    for a report's maps. A skipped output stays skipped."""
    filled = dict(parameters)
    moved = []
    for d in alg.destinationParameterDefinitions():
        if d.name() in (PROJECT, REPORT):
            continue
        value = filled[d.name()] if d.name() in filled else d.defaultValue()
        if not _is_temporary(value):
            continue
        # tables as CSV, as `make demo` writes them (a GeoPackage table adds an fid column)
        table = d.type() == "sink" and not d.hasGeometry()
        name = "%s.%s" % (d.name().split(":")[-1], "csv" if table else d.defaultFileExtension())
        if folder:
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, name)
            moved.append(name)
        else:
            path = QgsProcessingUtils.generateTempFilename(name)
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = QgsProcessingOutputLayerDefinition(value)
            value.sink = QgsProperty.fromValue(path)
        else:
            value = path
        filled[d.name()] = value
    if moved:
        feedback.pushInfo(tr("Outputs without a file name go into {folder}: {names}").format(
            folder=folder, names=", ".join(moved)))
    return filled


def output_paths(results):
    """Model results by output name (child:output or, on QGIS 3.34+, output) -> file."""
    return {key.split(":")[-1]: value for key, value in results.items()
            if isinstance(value, str) and os.path.exists(value.split("|")[0])}


class Publisher:
    """The project and report of one workflow: its layers and how its report is run."""

    def __init__(self, layers, title, report):
        self.layers, self.title, self.report = layers, title, report

    def prepare(self, alg, parameters, context, feedback):
        path = alg.parameterAsFileOutput(parameters, PROJECT, context) \
            if parameters.get(PROJECT) else ""
        if not path and not parameters.get(REPORT):
            return parameters
        folder = os.path.splitext(path)[0] + "_outputs" if path else None
        return keep_outputs(alg, parameters, folder, feedback)

    def finish(self, alg, parameters, results, context, feedback):
        done = {}
        paths = output_paths(results)
        if parameters.get(REPORT):
            path = alg.parameterAsFileOutput(parameters, REPORT, context)
            feedback.pushInfo(tr("Writing the report {path}").format(path=path))
            done[REPORT] = self.report(alg, parameters, paths, path, context, feedback)
        if parameters.get(PROJECT):
            path = alg.parameterAsFileOutput(parameters, PROJECT, context)
            extra = []
            admin = alg.parameterAsVectorLayer(parameters, "admin", context) \
                if alg.parameterDefinition("admin") else None
            if admin is not None and admin.providerType() == "ogr":
                extra.append(admin_entry(admin.source()))
            try:
                project.build(path, entries(self.layers(), paths) + extra, tr(self.title))
            except (OSError, ValueError) as e:
                raise QgsProcessingException(tr("Could not write the project {path}: "
                                                "{error}").format(path=path, error=e)) from e
            feedback.pushInfo(tr("QGIS project written: {path}").format(path=path))
            done[PROJECT] = path
        return done


def _run_report(alg_class, params, context, feedback):
    report = alg_class()
    report.initAlgorithm()
    results, ok = report.run(params, context, feedback, {}, False)
    if not ok:
        raise QgsProcessingException(tr("The report could not be written."))
    return results["OUTPUT_HTML"]


def _needed(paths, names):
    missing = [n for n in names if not paths.get(n)]
    if missing:
        raise QgsProcessingException(tr(
            "The report needs the outputs {names}: do not skip them.").format(
                names=", ".join(missing)))


def network_report(alg, parameters, paths, path, context, feedback):
    from ...corridors.tools.networkreport import NetworkReport
    _needed(paths, ["sources", "link_centrality"])
    params = {"SOURCE_POLYGONS": paths["sources"], "LINKS": paths["link_centrality"],
              "ADMIN": parameters.get("admin"),
              "TITLE": tr("Ecological security network"), "OUTPUT_HTML": path}
    for key, name in (("RESISTANCE", "resistance"), ("CURRENT", "current"),
                      ("PINCH_POINTS", "pinch_points"), ("BARRIERS", "barriers"),
                      ("PROTECT_AREAS", "protect_areas"), ("RESTORE_AREAS", "restore_areas"),
                      ("PROTECT_BY_UNIT", "protect_by_unit"),
                      ("RESTORE_BY_UNIT", "restore_by_unit")):
        if paths.get(name):
            params[key] = paths[name]
    return _run_report(NetworkReport, params, context, feedback)


def coupling_report(alg, parameters, paths, path, context, feedback):
    from ...coupling.tools.report import CouplingReport
    _needed(paths, ["coupling_table"])
    params = {"INPUT": paths["coupling_table"],
              "ID_FIELD": alg.parameterAsString(parameters, "key_field", context),
              "TIME_FIELD": alg.parameterAsString(parameters, "time_field", context),
              "WEIGHTS": [paths[n] for n in ("weights_system1", "weights_system2")
                          if paths.get(n)],
              "REGIONS": parameters.get("regions"),
              "REGION_KEY": alg.parameterAsString(parameters, "region_key", context),
              "TITLE": tr("Coupling coordination"), "OUTPUT_HTML": path}
    return _run_report(CouplingReport, params, context, feedback)


# workflow key -> what it publishes (the other workflows have neither output)
PUBLISHERS = {
    "ecological_security_network": Publisher(network_layers, "Ecological security network",
                                             network_report),
    "coupling_coordination": Publisher(coupling_layers, "Coupling coordination",
                                       coupling_report),
}
