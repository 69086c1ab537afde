"""The full workflows as Processing models, built through QGIS's own model API so that they
stay valid for the QGIS version that runs them. The provider lists them as tools
(ecosecurity:<key>, group Workflows); `make models` also writes them as .model3 files for
the Graphical Modeler.

Each builder fills a given QgsProcessingModelAlgorithm: inputs in the order of the
workflow (QGIS keeps the order of an in-memory model, while a .model3 file read by QGIS
before 3.26 lists inputs alphabetically), every mandatory parameter of every step set (the
Modeler flags steps that leave one unset) and every output labelled.
"""
from qgis.core import (QgsApplication, QgsProcessing, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelOutput,
                       QgsProcessingModelParameter,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterField,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QCoreApplication, QPointF

from ...tools.compat import ParameterFlag

S = QgsProcessingModelChildParameterSource
TMP = "TEMPORARY_OUTPUT"


def tr(text):
    return QCoreApplication.translate("EcoSecurity", text)


def add_input(model, param, x, y):
    param.setDescription(tr(param.description()))
    model.addModelParameter(param, QgsProcessingModelParameter(param.name()))
    model.parameterComponent(param.name()).setPosition(QPointF(x, y))


_TOOLS = {}  # id -> an initialised instance, which owns the definitions read from it


def _step_parameters(alg_id):
    """The parameter definitions of a step's tool: ours from their classes (the provider
    builds its workflows while it loads, before the registry lists its tools), others from
    the registry."""
    if alg_id.startswith("ecosecurity:"):
        if alg_id not in _TOOLS:
            from ...provider import ALGORITHMS
            cls = next(c for c in ALGORITHMS if c.ID == alg_id.split(":", 1)[1])
            _TOOLS[alg_id] = cls()
            _TOOLS[alg_id].initAlgorithm()
        return _TOOLS[alg_id].parameterDefinitions()
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    return alg.parameterDefinitions() if alg is not None else []


def child(model, child_id, alg_id, params, outputs, x, y, description=None):
    """A child step; params: name -> source (or list of sources); outputs: name -> model
    output name (labelled from OUTPUT_LABELS). Mandatory parameters not given take the tool's default, mandatory
    outputs not exposed go to temporary files."""
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(tr(description or child_id))
    c.setPosition(QPointF(x, y))
    for name, src in params.items():
        c.addParameterSources(name, src if isinstance(src, list) else [src])
    for d in _step_parameters(alg_id):
        if d.name() in params or d.name() in outputs or \
                d.flags() & ParameterFlag.Optional:
            continue
        if d.isDestination():
            c.addParameterSources(d.name(), [S.fromStaticValue(TMP)])
        elif d.defaultValue() is not None:
            c.addParameterSources(d.name(), [S.fromStaticValue(d.defaultValue())])
    outs = {}
    for k, (name, model_name) in enumerate(outputs.items()):
        o = QgsProcessingModelOutput(model_name, tr(OUTPUT_LABELS[model_name]))
        o.setChildId(child_id)
        o.setChildOutputName(name)
        o.setPosition(QPointF(x + 200, y + 30 * k))
        o.setDefaultValue(TMP)  # scripts may name only the outputs they want
        outs[model_name] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)
    return c


def coupling_model(m):
    """indicators -> two composite indices -> coupling coordination -> graded map."""
    m.setHelpContent({
        "ALG_DESC": "Two systems of indicators (e.g. ecological security and rural "
                    "revitalisation) over regions and years: entropy-weighted composite "
                    "indices U1 and U2 with pooled panel weights, their coupling C, T and "
                    "coordination degree D graded on the ten-level table, joined to region "
                    "polygons as a wide graded map (D_<year> fields, styled by the last year).",
        "ALG_CREATOR": "EcoSecurity"})
    add_input(m, QgsProcessingParameterFeatureSource(
        "indicators", "Indicator table (regions x years)", [QgsProcessing.SourceType.TypeVector]), 20, 40)
    add_input(m, QgsProcessingParameterField(
        "key_field", "Region key in the table", parentLayerParameterName="indicators"), 20, 100)
    add_input(m, QgsProcessingParameterField(
        "time_field", "Year field", parentLayerParameterName="indicators"), 20, 160)
    for i, y in ((1, 220), (2, 340)):
        add_input(m, QgsProcessingParameterField(
            "system%d_positive" % i, "System %d: positive indicators" % i,
            parentLayerParameterName="indicators", allowMultiple=True, optional=True), 20, y)
        add_input(m, QgsProcessingParameterField(
            "system%d_negative" % i, "System %d: negative indicators" % i,
            parentLayerParameterName="indicators", allowMultiple=True, optional=True), 20, y + 60)
    add_input(m, QgsProcessingParameterFeatureSource(
        "regions", "Region polygons", [QgsProcessing.SourceType.TypeVectorPolygon]), 20, 480)
    add_input(m, QgsProcessingParameterField(
        "region_key", "Region key in the polygons", parentLayerParameterName="regions"), 20, 540)

    child(m, "index1", "ecosecurity:compositeindex", {
        "INPUT": S.fromModelParameter("indicators"),
        "POSITIVE_FIELDS": S.fromModelParameter("system1_positive"),
        "NEGATIVE_FIELDS": S.fromModelParameter("system1_negative"),
        "SCALING": S.fromStaticValue(0), "WEIGHTING": S.fromStaticValue(0),
        "INDEX_FIELD": S.fromStaticValue("U1"),
        "OUTPUT": S.fromStaticValue("TEMPORARY_OUTPUT")},
        {"OUTPUT_WEIGHTS": "weights_system1"}, 340, 120, "Composite index U1")
    child(m, "index2", "ecosecurity:compositeindex", {
        "INPUT": S.fromChildOutput("index1", "OUTPUT"),
        "POSITIVE_FIELDS": S.fromModelParameter("system2_positive"),
        "NEGATIVE_FIELDS": S.fromModelParameter("system2_negative"),
        "SCALING": S.fromStaticValue(0), "WEIGHTING": S.fromStaticValue(0),
        "INDEX_FIELD": S.fromStaticValue("U2"),
        "OUTPUT": S.fromStaticValue("TEMPORARY_OUTPUT")},
        {"OUTPUT_WEIGHTS": "weights_system2"}, 340, 260, "Composite index U2")
    child(m, "coupling", "ecosecurity:couplingcoordination", {
        "INPUT": S.fromChildOutput("index2", "OUTPUT"),
        "SYSTEM_FIELDS": S.fromStaticValue(["U1", "U2"]),
        "MODEL": S.fromStaticValue(0), "GRADES": S.fromStaticValue(0)},
        {"OUTPUT": "coupling_table"}, 340, 400, "Coupling coordination")
    child(m, "map", "ecosecurity:joingrades", {
        "INPUT": S.fromChildOutput("coupling", "OUTPUT"),
        "TABLE_KEY": S.fromModelParameter("key_field"),
        "REGIONS": S.fromModelParameter("regions"),
        "REGION_KEY": S.fromModelParameter("region_key"),
        "TIME_FIELD": S.fromModelParameter("time_field"),
        "FIELDS": S.fromStaticValue(["U1", "U2", "C", "T", "D", "D_LEVEL", "D_GRADE"]),
        "LAYOUT": S.fromStaticValue(0), "MATCH": S.fromStaticValue(1)},
        {"OUTPUT": "graded_map"}, 340, 540, "Graded map")


def resistance_steps(m, x=0, y=0):
    """Inputs and steps of the resistance surface; its child "resistance" gives OUTPUT."""
    add_input(m, QgsProcessingParameterRasterLayer("landuse", "Land use"), 20 + x, 40 + y)
    add_input(m, QgsProcessingParameterString(
        "landuse_scores", "Land-use scores (value=score; ...)",
        defaultValue="0=nodata; 1=3; 2=1; 3=5"), 20 + x, 100 + y)
    add_input(m, QgsProcessingParameterRasterLayer("dem", "Elevation (DEM)"), 20 + x, 160 + y)
    add_input(m, QgsProcessingParameterFeatureSource(
        "roads", "Roads", [QgsProcessing.SourceType.TypeVectorAnyGeometry]), 20 + x, 220 + y)
    add_input(m, QgsProcessingParameterFeatureSource(
        "mining_areas", "Mining areas", [QgsProcessing.SourceType.TypeVectorAnyGeometry]), 20 + x, 280 + y)
    add_input(m, QgsProcessingParameterMultipleLayers(
        "corrections", "Correction coefficient rasters", QgsProcessing.SourceType.TypeRaster,
        optional=True), 20 + x, 340 + y)

    tmp = S.fromStaticValue("TEMPORARY_OUTPUT")
    child(m, "landuse_score", "ecosecurity:reclassify", {
        "INPUT": S.fromModelParameter("landuse"), "METHOD": S.fromStaticValue(0),
        "TABLE": S.fromModelParameter("landuse_scores"), "OUTPUT": tmp}, {}, 340 + x, 40 + y,
        "Score land use")
    child(m, "elevation_score", "ecosecurity:reclassify", {
        "INPUT": S.fromModelParameter("dem"), "METHOD": S.fromStaticValue(1),
        "CLASSES": S.fromStaticValue(5), "ASCENDING": S.fromStaticValue(True),
        "OUTPUT": tmp}, {}, 340 + x, 110 + y, "Score elevation")
    child(m, "slope", "gdal:slope", {
        "INPUT": S.fromModelParameter("dem"), "BAND": S.fromStaticValue(1),
        "SCALE": S.fromStaticValue(1.0), "AS_PERCENT": S.fromStaticValue(False),
        "COMPUTE_EDGES": S.fromStaticValue(True),
        "ZEVENBERGEN": S.fromStaticValue(False), "OUTPUT": tmp}, {}, 340 + x, 180 + y, "Slope")
    child(m, "slope_score", "ecosecurity:reclassify", {
        "INPUT": S.fromChildOutput("slope", "OUTPUT"), "METHOD": S.fromStaticValue(1),
        "CLASSES": S.fromStaticValue(5), "ASCENDING": S.fromStaticValue(True),
        "OUTPUT": tmp}, {}, 560 + x, 180 + y, "Score slope")
    for name, label, row in (("roads", "roads", 250), ("mining_areas", "mining areas", 320)):
        child(m, name + "_distance", "ecosecurity:distanceto", {
            "REFERENCE": S.fromModelParameter("landuse"),
            "FEATURES": S.fromModelParameter(name), "OUTPUT": tmp}, {}, 340 + x, row + y,
            "Distance to " + label)
        child(m, name + "_score", "ecosecurity:reclassify", {
            "INPUT": S.fromChildOutput(name + "_distance", "OUTPUT"),
            "METHOD": S.fromStaticValue(1), "CLASSES": S.fromStaticValue(5),
            "ASCENDING": S.fromStaticValue(False), "OUTPUT": tmp}, {}, 560 + x, row + y,
            "Score distance to " + label)
    child(m, "resistance", "ecosecurity:resistancesurface", {
        "FACTORS": [S.fromChildOutput(c, "OUTPUT") for c in (
            "landuse_score", "elevation_score", "slope_score", "roads_score",
            "mining_areas_score")],
        "WEIGHTS": S.fromStaticValue("0.35,0.1,0.1,0.25,0.25"),
        "CORRECTIONS": S.fromModelParameter("corrections"),
        "REFERENCE": S.fromModelParameter("landuse")},
        {"OUTPUT": "resistance"}, 780 + x, 200 + y, "Weighted overlay and corrections")


def resistance_model(m):
    """The Liuzhi study's resistance surface: land use 0.35, elevation 0.1, slope 0.1,
    distance to roads 0.25, distance to mining areas 0.25, then degradation corrections."""
    m.setHelpContent({
        "ALG_DESC": "Builds a resistance surface as the Liuzhi study does: land use scored by "
                    "a table, elevation and slope (from the DEM with gdal:slope) scored 1-5 by "
                    "natural breaks, distances to roads and to mining areas scored 5 (near) to "
                    "1 (far) by natural breaks; weighted 0.35, 0.1, 0.1, 0.25, 0.25 and "
                    "multiplied by correction coefficients (rock desertification, soil "
                    "erosion, geological hazards, ...). Every raster is put on the land-use "
                    "grid.",
        "ALG_CREATOR": "EcoSecurity"})
    resistance_steps(m)


def dynamics_model(m):
    """coupling output -> kernel density of D, unit-root tests, panel VAR of the systems,
    forecasts of D."""
    m.setHelpContent({
        "ALG_DESC": "From a coupling-coordination table (regions x years): how the "
                    "distribution of D moves (kernel density by year), whether the indices "
                    "are stationary (panel unit-root tests, levels and first differences), "
                    "whether the systems drive each other (a panel VAR of the system indices "
                    "with collapsed instruments lagged 2-4, as suits a few dozen regions, "
                    "with impulse responses and variance decomposition) and where D is "
                    "heading (forecasts to the target year).",
        "ALG_CREATOR": "EcoSecurity"})
    add_input(m, QgsProcessingParameterFeatureSource(
        "coupling", "Coupling table (output of couplingcoordination)",
        [QgsProcessing.SourceType.TypeVector]), 20, 40)
    for name, text, y, multi in (("id_field", "Region field", 100, False),
                                 ("time_field", "Year field", 160, False),
                                 ("value_field", "Coordination degree field (D)", 220, False),
                                 ("system_fields", "System index fields (U1, U2, ...)", 280,
                                  True)):
        add_input(m, QgsProcessingParameterField(name, text, parentLayerParameterName="coupling",
                                                 allowMultiple=multi), 20, y)
    add_input(m, QgsProcessingParameterNumber("target_year", "Forecast to year",
                                              QgsProcessingParameterNumber.Type.Integer, 2030),
              20, 340)
    src = S.fromModelParameter
    child(m, "density", "ecosecurity:kerneldensity", {
        "INPUT": src("coupling"), "VALUE_FIELD": src("value_field"),
        "TIME_FIELD": src("time_field"), "BANDWIDTH": S.fromStaticValue(0)},
        {"OUTPUT_PEAKS": "density_peaks", "OUTPUT_HTML": "density_report"}, 340, 40,
        "Kernel density of D")
    child(m, "unitroot", "ecosecurity:panelunitroot", {
        "INPUT": src("coupling"), "ID_FIELD": src("id_field"), "TIME_FIELD": src("time_field"),
        "VARIABLES": src("system_fields"), "DETERMINISTIC": S.fromStaticValue(1),
        "LAGS": S.fromStaticValue(1), "DIFFERENCE": S.fromStaticValue(True)},
        {"OUTPUT": "unit_root_tests", "OUTPUT_HTML": "unit_root_report"}, 340, 140,
        "Panel unit-root tests")
    child(m, "pvar", "ecosecurity:panelvar", {
        "INPUT": src("coupling"), "ID_FIELD": src("id_field"), "TIME_FIELD": src("time_field"),
        "VARIABLES": src("system_fields"), "LAGS": S.fromStaticValue(1),
        "MAX_LAGS": S.fromStaticValue(3), "TRANSFORM": S.fromStaticValue(0),
        "MIN_INSTRUMENT_LAG": S.fromStaticValue(2), "MAX_INSTRUMENT_LAG": S.fromStaticValue(4),
        "COLLAPSE": S.fromStaticValue(True), "STEPS": S.fromStaticValue(1),
        "HORIZON": S.fromStaticValue(10), "BOOTSTRAP": S.fromStaticValue(200),
        "SEED": S.fromStaticValue(1)},
        {"OUTPUT_COEFFICIENTS": "pvar_coefficients", "OUTPUT_LAGS": "pvar_lag_selection",
         "OUTPUT_GRANGER": "pvar_granger", "OUTPUT_IRF": "pvar_irf", "OUTPUT_FEVD": "pvar_fevd",
         "OUTPUT_HTML": "pvar_report"}, 340, 240, "Panel VAR of the systems")
    child(m, "forecast", "ecosecurity:forecast", {
        "INPUT": src("coupling"), "ID_FIELD": src("id_field"), "TIME_FIELD": src("time_field"),
        "VALUE_FIELD": src("value_field"), "TEST_YEARS": S.fromStaticValue(3),
        "TARGET_TIME": src("target_year")},
        {"OUTPUT": "forecasts", "OUTPUT_SCORES": "forecast_scores",
         "OUTPUT_HTML": "forecast_report"}, 340, 340, "Forecasts of D")


def corridors_model(m):
    """sources + resistance -> least-cost corridors -> circuit-theory current."""
    m.setHelpContent({
        "ALG_DESC": "Ecological sources (an id raster, e.g. the output raster of "
                    "selectsources) and a resistance surface (e.g. from resistancesurface): "
                    "least-cost links and normalised corridors as Linkage Mapper maps them "
                    "(cost-allocation adjacency, corridors truncated at the given cost "
                    "width), and the cumulative current of a pairwise Circuitscape run "
                    "between the same sources, each source short-circuited into one node "
                    "(the usual way to use whole patches as focal nodes).",
        "ALG_CREATOR": "EcoSecurity"})
    add_input(m, QgsProcessingParameterRasterLayer("sources", "Source ids (raster)"), 20, 40)
    add_input(m, QgsProcessingParameterRasterLayer("resistance", "Resistance surface"), 20, 120)
    add_input(m, QgsProcessingParameterNumber(
        "corridor_width", "Corridor width (cost distance)", QgsProcessingParameterNumber.Type.Double,
        100000.0), 20, 200)
    child(m, "corridors", "ecosecurity:leastcostcorridors", {
        "SOURCES": S.fromModelParameter("sources"),
        "RESISTANCE": S.fromModelParameter("resistance"),
        "ADJACENCY": S.fromStaticValue(0), "KEEP_CROSSING": S.fromStaticValue(False),
        "WIDTH_CUTOFF": S.fromModelParameter("corridor_width")},
        {"LINKS": "links", "CORRIDORS": "corridors"}, 340, 60, "Least-cost corridors")
    child(m, "current", "ecosecurity:circuitscape", {
        "RESISTANCE": S.fromModelParameter("resistance"),
        "FOCAL_RASTER": S.fromModelParameter("sources"),
        "SHORT_CIRCUIT": S.fromModelParameter("sources"), "MODE": S.fromStaticValue(0),
        "NEIGHBOURS": S.fromStaticValue(0), "AVERAGING": S.fromStaticValue(0),
        "SOLVER": S.fromStaticValue(0)},
        {"OUTPUT_CURRENT": "current", "OUTPUT_RESISTANCES": "effective_resistances"},
        340, 200, "Circuit-theory current")


def sources_steps(m, reference, x=0, y=0):
    """Inputs and steps from a habitat map to sources on the grid of ``reference``."""
    number = QgsProcessingParameterNumber.Type.Double
    add_input(m, QgsProcessingParameterRasterLayer("habitat", "Habitat map"), 20 + x, 40 + y)
    add_input(m, QgsProcessingParameterString("foreground", "Habitat values",
                                              defaultValue="2"), 20 + x, 100 + y)
    add_input(m, QgsProcessingParameterNumber("edge_width", "MSPA edge width (pixels)",
                                              QgsProcessingParameterNumber.Type.Integer, 1),
              20 + x, 160 + y)
    add_input(m, QgsProcessingParameterNumber("link_distance", "Dispersal distance (IIC link, "
                                              "PC 0.5)", number, 2000.0), 20 + x, 220 + y)
    add_input(m, QgsProcessingParameterNumber("max_distance", "Longest direct link", number,
                                              10000.0), 20 + x, 280 + y)
    add_input(m, QgsProcessingParameterNumber("min_area", "Minimum source area", number,
                                              1000000.0), 20 + x, 340 + y)
    add_input(m, QgsProcessingParameterNumber("min_dpc", "Minimum dPC", number, 1.0),
              20 + x, 400 + y)
    src = S.fromModelParameter
    child(m, "mspa", "ecosecurity:mspa", {
        "INPUT": src("habitat"), "FOREGROUND": src("foreground"), "MISSING": S.fromStaticValue("0"),
        "EDGE_WIDTH": src("edge_width"), "CONNECTIVITY": S.fromStaticValue(0)},
        {"OUTPUT": "mspa", "OUTPUT_STATS": "mspa_classes"}, 340 + x, 60 + y, "MSPA")
    child(m, "connectivity", "ecosecurity:patchconnectivity", {
        "PATCHES": S.fromChildOutput("mspa", "OUTPUT"), "RASTER_KIND": S.fromStaticValue(1),
        "CONNECTIVITY": S.fromStaticValue(0), "DISTANCE": S.fromStaticValue(0),
        "IIC_THRESHOLD": src("link_distance"), "PC_DISTANCE": src("link_distance"),
        "PC_PROBABILITY": S.fromStaticValue(0.5), "MAX_DISTANCE": src("max_distance")},
        {"OUTPUT": "patch_importance", "OUTPUT_SUMMARY": "connectivity_indices"}, 340 + x, 200 + y,
        "Patch connectivity")
    child(m, "select", "ecosecurity:selectsources", {
        "PATCHES": S.fromChildOutput("connectivity", "OUTPUT"), "MIN_AREA": src("min_area"),
        "MIN_DPC": src("min_dpc"), "LEVELS": S.fromStaticValue(3),
        "REFERENCE": reference},
        {"OUTPUT": "sources", "OUTPUT_RASTER": "source_raster"}, 340 + x, 340 + y,
        "Select sources")


def sources_model(m):
    """habitat raster -> MSPA -> core patches and their connectivity -> sources."""
    m.setHelpContent({
        "ALG_DESC": "A habitat map (e.g. forest / non-forest) to ecological sources: MSPA "
                    "with GuidosToolbox's rules, its core cut into patches, their importance "
                    "for connectivity (dIIC, dPC as Conefor), and the patches above the area "
                    "and dPC thresholds with their importance levels, also as a raster of "
                    "source ids on the reference grid for the corridor tools.",
        "ALG_CREATOR": "EcoSecurity"})
    add_input(m, QgsProcessingParameterRasterLayer("reference", "Reference grid"), 20, 460)
    sources_steps(m, S.fromModelParameter("reference"))


def security_network_model(m):
    """habitat + factors -> sources -> resistance -> corridors -> centrality -> pinch points
    and barriers -> key areas by administrative unit."""
    m.setHelpContent({
        "ALG_DESC": "The whole ecological-security-pattern workflow: the resistance surface "
                    "of scored factors (as the resistance model), ecological sources from a "
                    "habitat map (MSPA cores, dPC, thresholds) on its grid, least-cost links "
                    "and corridors between them, corridor importance by current-flow "
                    "centrality, pinch points (current in each corridor) and barriers "
                    "(restoration improvement score), and the top natural-breaks class of "
                    "each as key areas to protect (pinch points) or restore (barriers), "
                    "listed by administrative unit with their land use.",
        "ALG_CREATOR": "EcoSecurity"})
    resistance_steps(m)
    resistance = S.fromChildOutput("resistance", "OUTPUT")
    sources_steps(m, resistance, y=420)
    number = QgsProcessingParameterNumber.Type.Double
    src = S.fromModelParameter
    for k, (name, text, value) in enumerate((
            ("corridor_width", "Corridor width (cost distance)", 20000.0),
            ("pinch_width", "Pinch-point corridor width (cost distance)", 10000.0),
            ("min_radius", "Barrier radius from (map units)", 200.0),
            ("max_radius", "Barrier radius to (map units)", 600.0),
            ("radius_step", "Barrier radius step (map units)", 200.0))):
        add_input(m, QgsProcessingParameterNumber(name, text, number, value), 20, 900 + 60 * k)
    add_input(m, QgsProcessingParameterFeatureSource(
        "admin", "Administrative units", [QgsProcessing.SourceType.TypeVectorPolygon]), 20, 1200)
    add_input(m, QgsProcessingParameterField(
        "admin_field", "Unit name field", parentLayerParameterName="admin"), 20, 1260)
    add_input(m, QgsProcessingParameterString(
        "landuse_names", "Land-use names (code=name; ...)", optional=True,
        defaultValue="1=agriculture; 2=natural; 3=developed"), 20, 1320)
    sources = S.fromChildOutput("select", "OUTPUT_RASTER")
    links = S.fromChildOutput("corridors", "LINKS")
    child(m, "corridors", "ecosecurity:leastcostcorridors", {
        "SOURCES": sources, "RESISTANCE": resistance, "ADJACENCY": S.fromStaticValue(0),
        "KEEP_CROSSING": S.fromStaticValue(False), "WIDTH_CUTOFF": src("corridor_width")},
        {"LINKS": "links", "CORRIDORS": "corridors"}, 1000, 500, "Least-cost corridors")
    child(m, "centrality", "ecosecurity:centrality", {
        "LINKS": links, "SOURCES": sources, "LEVELS": S.fromStaticValue(3)},
        {"OUTPUT": "link_centrality", "OUTPUT_SOURCES": "source_centrality"}, 1250, 400,
        "Corridor importance")
    child(m, "pinchpoints", "ecosecurity:pinchpoints", {
        "LINKS": links, "SOURCES": sources, "RESISTANCE": resistance,
        "CWD_CUTOFF": src("pinch_width"), "ALL_PAIRS": S.fromStaticValue(False)},
        {"OUTPUT": "pinch_points"}, 1250, 550, "Pinch points")
    child(m, "barriers", "ecosecurity:barriers", {
        "LINKS": links, "SOURCES": sources, "RESISTANCE": resistance,
        "MIN_RADIUS": src("min_radius"), "MAX_RADIUS": src("max_radius"),
        "STEP": src("radius_step"), "COMBINE": S.fromStaticValue(0)},
        {"OUTPUT": "barriers", "OUTPUT_PERCENT": "barrier_percent",
         "OUTPUT_RADIUS": "barrier_radius"}, 1250, 700, "Barriers")
    for key, score, y in (("protect", "pinchpoints", 550), ("restore", "barriers", 700)):
        child(m, key, "ecosecurity:keyareas", {
            "SCORE": S.fromChildOutput(score, "OUTPUT"), "CLASSES": S.fromStaticValue(4),
            "CORRIDORS": S.fromChildOutput("corridors", "CORRIDORS"),
            "LANDUSE": src("landuse"), "LANDUSE_NAMES": src("landuse_names"),
            "ADMIN": src("admin"), "ADMIN_FIELD": src("admin_field")},
            {"OUTPUT": key + "_areas", "OUTPUT_SUMMARY": key + "_by_unit"}, 1500, y,
            "Key areas to " + key)


# what each workflow input means, shown in the workflow's help (the keys are input names)
INPUT_HELP = {
    "landuse": "Land-use raster; its grid is the grid of the resistance surface.",
    "landuse_scores": "Resistance score of each land-use code, 'code=score' separated by "
                      "';'; 'code=nodata' makes a class impassable.",
    "dem": "Elevation raster; elevation and slope (gdal:slope) are scored 1-5 by natural "
           "breaks.",
    "roads": "Roads (lines); the distance to them is scored 5 (near) to 1 (far).",
    "mining_areas": "Mining areas (any geometry); the distance to them is scored 5 (near) "
                    "to 1 (far).",
    "corrections": "Optional rasters of correction coefficients (rock desertification, soil "
                   "erosion, geological hazards) that multiply the weighted resistance.",
    "habitat": "Habitat map (e.g. forest / non-forest) for MSPA.",
    "foreground": "Values of the habitat map that are habitat (MSPA foreground), e.g. '2'.",
    "edge_width": "MSPA edge width in pixels.",
    "link_distance": "Dispersal distance in map units: the IIC link threshold and the "
                     "distance at which PC's probability is 0.5.",
    "max_distance": "Patches farther apart are not linked directly (map units).",
    "min_area": "Smallest area of a source (map units squared).",
    "min_dpc": "Smallest dPC (percent) of a source.",
    "reference": "The grid of the source raster (e.g. the resistance surface).",
    "sources": "Raster of source ids (0 or nodata = none), e.g. from selectsources.",
    "resistance": "Resistance surface (> 0; nodata impassable).",
    "corridor_width": "Cost-distance width of the least-cost corridors.",
    "pinch_width": "Cost-distance width of the corridors in which pinch points are mapped.",
    "min_radius": "Smallest barrier detection radius (map units).",
    "max_radius": "Largest barrier detection radius (map units).",
    "radius_step": "Step between barrier radii (map units).",
    "admin": "Administrative units (polygons) by which key areas are listed.",
    "admin_field": "The field naming each unit.",
    "landuse_names": "Names of the land-use codes, 'code=name' separated by ';'.",
    "indicators": "Indicator table: one row per region and year.",
    "key_field": "Region key of the indicator table.",
    "time_field": "Year field.",
    "system1_positive": "Indicators of system 1 for which more is better.",
    "system1_negative": "Indicators of system 1 for which less is better.",
    "system2_positive": "Indicators of system 2 for which more is better.",
    "system2_negative": "Indicators of system 2 for which less is better.",
    "regions": "Region polygons for the graded map.",
    "region_key": "Region key of the polygons (matched to the table's key).",
    "coupling": "The coupling-coordination table (output of couplingcoordination).",
    "id_field": "Region field.",
    "value_field": "The coordination degree field (D).",
    "system_fields": "The system index fields (U1, U2, ...).",
    "target_year": "The year to forecast to.",
}

OUTPUT_LABELS = {
    "weights_system1": "Indicator weights of system 1",
    "weights_system2": "Indicator weights of system 2",
    "coupling_table": "Coupling coordination table", "graded_map": "Graded map",
    "resistance": "Resistance surface",
    "density_peaks": "Density peaks and spread", "density_report": "Kernel density report",
    "unit_root_tests": "Unit-root tests", "unit_root_report": "Unit-root report",
    "pvar_coefficients": "Panel VAR coefficients", "pvar_lag_selection": "Lag selection",
    "pvar_granger": "Granger causality", "pvar_irf": "Impulse responses",
    "pvar_fevd": "Variance decomposition", "pvar_report": "Panel VAR report",
    "forecasts": "History and forecasts", "forecast_scores": "Forecast scores",
    "forecast_report": "Forecast report",
    "links": "Least-cost links", "corridors": "Corridors",
    "current": "Cumulative current", "effective_resistances": "Effective resistances",
    "mspa": "MSPA classes (raster)", "mspa_classes": "MSPA class areas",
    "patch_importance": "Patch importance (dPC, dIIC)",
    "connectivity_indices": "Connectivity indices",
    "sources": "Ecological sources", "source_raster": "Source ids (raster)",
    "link_centrality": "Corridor importance", "source_centrality": "Source importance",
    "pinch_points": "Pinch points", "barriers": "Barrier improvement score",
    "barrier_percent": "Barrier percent improvement", "barrier_radius": "Barrier best radius",
    "protect_areas": "Key areas to protect", "protect_by_unit": "Areas to protect by unit",
    "restore_areas": "Key areas to restore", "restore_by_unit": "Areas to restore by unit",
}

# (key, title, builder): the key is the tool's id (ecosecurity:<key>) and the file name of
# the .model3; both are public and never change
WORKFLOWS = [
    ("coupling_coordination", "Coupling coordination: indicators to graded map",
     coupling_model),
    ("panel_dynamics", "Panel dynamics: density, unit roots, panel VAR, forecasts",
     dynamics_model),
    ("ecological_sources", "Ecological sources: MSPA, connectivity, selection",
     sources_model),
    ("resistance_surface", "Resistance surface: scored factors, weights, corrections",
     resistance_model),
    ("corridors", "Corridors: least-cost links and current flow", corridors_model),
    ("ecological_security_network", "Ecological security network: sources to key areas",
     security_network_model),
]
