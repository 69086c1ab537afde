"""ecosecurity:circuitscape: the circuit-theory engine as a Processing tool."""
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ...tools.compat import FieldType
from ...pyenv import install_hint
from ... import grids
from ...base import SCHEDULER_HELP, EcoAlgorithm, Progress, help_html, require_memory, tr
from ...classify.palette import CURRENT_RAMP  # noqa: F401 - other tools import it from here
from ...tools.styles import current_style
from .. import circuit as CS

from .common import GROUP, GROUP_ID, id_features
MODES = ["Pairwise", "One-to-all", "All-to-one", "Advanced (sources and grounds)"]
SOLVERS = ["auto", "direct", "cg+amg"]
# magma, light where little current flows so the map reads on a white page


class Circuitscape(EcoAlgorithm):
    ID = "circuitscape"
    TITLE = "Circuit-theory connectivity (Circuitscape)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "circuitscape.svg"
    TAGS = "circuit theory,current flow,effective resistance,Circuitscape,connectivity,corridor"
    ADVANCED = ("SOURCES", "GROUNDS", "GROUND_IS_CONDUCTANCE", "AVERAGING", "INCLUDE_PAIRS",
                "SOLVER", "WORKERS")
    HELP = help_html(
        "Current flow and effective resistance between ecological sources across a "
        "resistance surface, with Circuitscape's conventions, so results agree with it (its "
        "raster verify suite is reproduced). One factorisation per connected component and "
        "one solve per focal node serve every pair: K focal nodes cost K solves, not "
        "K(K-1)/2.",
        "Conductance g = 1/R per cell (cells with nodata are not in the graph; R = 0 is an "
        "error: use a short-circuit region). Edge conductance: the mean of the two cells' "
        "conductances (default) or 1/mean of their resistances, diagonal edges divided by "
        "sqrt(2). Solve L v = i; effective resistance R_ij = v_i - v_j for 1 A from j to i "
        "(R_ij = Z_ii + Z_jj - 2 Z_ij from the stored solutions); node current = (sum of "
        "|branch currents| + |injected current|)/2; the cumulative map sums the pairs.",
        [("RESISTANCE", "Resistance raster (or conductance with IS_CONDUCTANCE)."),
         ("FOCAL_RASTER", "Focal node ids as a raster (several cells with one id form one "
          "region node); or FOCAL_POINTS with FOCAL_ID_FIELD, or FOCAL_POLYGONS with "
          "FOCAL_POLYGON_ID_FIELD."),
         ("MODE", "Circuitscape's modes. Advanced takes SOURCES (current, A) and GROUNDS "
          "(resistance to ground, or conductance with GROUND_IS_CONDUCTANCE)."),
         ("NEIGHBOURS", "Cells connected to their eight or four neighbours."),
         ("AVERAGING", "How a link between two cells is weighted: by the mean of their "
          "conductances (Circuitscape's default) or of their resistances."),
         ("SHORT_CIRCUIT", "Raster of short-circuit regions (cells of one id are merged)."),
         ("MASK", "Raster: cells <= 0 or nodata are left out."),
         ("INCLUDE_PAIRS", "Optional table of pairs to solve (fields from_id, to_id)."),
         ("SOLVER", "Auto uses the direct solver up to 4.5 million cells; direct is a sparse "
          "Cholesky factorisation (nested dissection of the grid, dense fronts); CG "
          "with algebraic multigrid needs pyamg."),
         ("WORKERS", "Processes for the maps of the pairs (pairwise) or of the focal nodes "
          "(one-to-all, all-to-one)."),
         ("SCHEDULER", SCHEDULER_HELP)],
        [("OUTPUT_CURRENT", "Cumulative current (Float32; 0 off the graph, as Circuitscape)."),
         ("OUTPUT_MAX_CURRENT", "Maximum current over pairs (optional)."),
         ("OUTPUT_RESISTANCES", "from_id, to_id, resistance (-1: different components); "
          "one-to-all / all-to-one: one row per focal node."),
         ("OUTPUT_FOLDER", "Optional: per-pair (per-node) current and voltage GeoTIFFs.")],
        ["McRae, B. H., Dickson, B. G., Keitt, T. H. and Shah, V. B. (2008). Using circuit "
         "theory to model connectivity in ecology, evolution, and conservation. Ecology 89, "
         "2712-2724.",
         "Anantharaman, R., Hall, K., Shah, V. B. and Edelman, A. (2020). Circuitscape in "
         "Julia. JuliaCon Proceedings 1(1), 58.",
         "George, A. (1973). Nested dissection of a regular finite element mesh. SIAM "
         "Journal on Numerical Analysis 10(2), 345-363; Liu, J. W. H. (1992). The "
         "multifrontal method for sparse matrix solution: theory and practice. SIAM Review "
         "34(1), 82-109 (the direct solver)."])

    def initAlgorithm(self, config=None):
        raster = QgsProcessingParameterRasterLayer
        self.addParameter(raster("RESISTANCE", "Resistance surface"))
        self.addParameter(QgsProcessingParameterBoolean(
            "IS_CONDUCTANCE", "The raster holds conductances", defaultValue=False))
        self.addParameter(raster("FOCAL_RASTER", "Focal nodes (id raster)", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "FOCAL_POINTS", "Focal nodes (points)", [QgsProcessing.SourceType.TypeVectorPoint],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "FOCAL_ID_FIELD", "Focal node id field (points)", optional=True,
            parentLayerParameterName="FOCAL_POINTS",
            type=QgsProcessingParameterField.DataType.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "FOCAL_POLYGONS", "Focal nodes (polygons)",
            [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        # the polygons' own field list (FOCAL_ID_FIELD lists the points' fields); scripts
        # that name the polygons' field in FOCAL_ID_FIELD still work
        self.addParameter(QgsProcessingParameterField(
            "FOCAL_POLYGON_ID_FIELD", "Focal node id field (polygons)", optional=True,
            parentLayerParameterName="FOCAL_POLYGONS",
            type=QgsProcessingParameterField.DataType.Numeric))
        self.addParameter(QgsProcessingParameterEnum("MODE", "Mode", options=MODES,
                                                     defaultValue=0))
        self.addParameter(raster("SOURCES", "Current sources (advanced)", optional=True))
        self.addParameter(raster("GROUNDS", "Grounds (advanced)", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "GROUND_IS_CONDUCTANCE", "Grounds hold conductances", defaultValue=False))
        self.addParameter(QgsProcessingParameterEnum(
            "NEIGHBOURS", "Neighbours", options=["Eight", "Four"], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "AVERAGING", "Average", options=["Conductances", "Resistances"], defaultValue=0))
        self.addParameter(raster("SHORT_CIRCUIT", "Short-circuit regions", optional=True))
        self.addParameter(raster("MASK", "Mask", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INCLUDE_PAIRS", "Pairs to solve (from_id, to_id)",
            [QgsProcessing.SourceType.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterEnum("SOLVER", "Solver", options=[
            "Auto", "Direct sparse factorisation", "CG with algebraic multigrid (pyamg)"],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "WORKERS", "Worker processes", QgsProcessingParameterNumber.Type.Integer, 1,
            minValue=1))
        self.add_cluster_parameters(workers=False)
        self.addParameter(QgsProcessingParameterRasterDestination(
            "OUTPUT_CURRENT", "Cumulative current"))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "OUTPUT_MAX_CURRENT", "Maximum current", optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_RESISTANCES", "Effective resistances", QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", "Per-pair maps", optional=True, createByDefault=False))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        ref = self.raster_in(parameters, "RESISTANCE", context)
        mode = self.parameterAsEnum(parameters, "MODE", context)
        four = self.parameterAsEnum(parameters, "NEIGHBOURS", context) == 1
        solver = SOLVERS[self.parameterAsEnum(parameters, "SOLVER", context)]
        if solver == "cg+amg":
            try:
                import pyamg  # noqa: F401
            except ImportError:
                raise QgsProcessingException(
                    self.tr("The solver 'CG with algebraic multigrid (pyamg)' needs the Python "
                            "package pyamg, which QGIS's Python cannot import; the solvers 'Auto' "
                            "and 'Direct sparse factorisation' work without it. To install it, %s.")
                    % install_hint("pyamg")) from None
        per_pair = bool(self.parameterAsString(parameters, "OUTPUT_FOLDER", context)) and \
            parameters.get("OUTPUT_FOLDER") not in (None, "")
        # what two focal nodes would need, refused before any grid is read
        require_memory(CS.estimate_memory(
            ref.height, ref.width, 2, ("pairwise", "one_to_all", "all_to_one", "advanced")[mode],
            four, solver, per_pair, self.parameterAsInt(parameters, "WORKERS", context)),
            self.tr("A circuit on a %d x %d grid needs about {need:.1f} GB at the least, but only "
                    "{free:.1f} GB are free; coarsen or clip the resistance raster.")
            % (ref.height, ref.width))
        focal = None if mode == 3 else self._focal(parameters, context, ref, feedback)
        shorts = self._aligned(parameters, "SHORT_CIRCUIT", context, ref, feedback)
        n_focal = 2 if focal is None else _graph_nodes_of(focal, shorts)
        n_ids = 2 if focal is None else np.unique(focal[focal > 0]).size
        if mode in (1, 2):  # one-to-all and all-to-one merge each region into one node
            n_focal = n_ids
        elif mode == 0 and CS.uses_pair_graphs(n_focal, n_ids):
            feedback.pushInfo(self.tr("The focal regions make %d graph nodes: each of the %d pairs "
                                      "is solved on its own graph with its two regions shorted.")
                              % (n_focal, n_ids * (n_ids - 1) // 2))
            n_focal = 2
        need = CS.estimate_memory(ref.height, ref.width, n_focal, ("pairwise", "one_to_all",
                                  "all_to_one", "advanced")[mode], four, solver, per_pair,
                                  self.parameterAsInt(parameters, "WORKERS", context))
        require_memory(need, self.tr("This run needs about {need:.1f} GB (grid %d x %d, focal "
                                     "nodes over %d graph nodes) but only {free:.1f} GB are free. "
                                     "As in Circuitscape, every cell of a focal region is a node "
                                     "of its own unless a short-circuit region merges it: give the "
                                     "focal raster as SHORT_CIRCUIT too, use focal points, coarsen "
                                     "or clip the resistance raster, or use the solver 'CG with "
                                     "algebraic multigrid (pyamg)'.")
                       % (ref.height, ref.width, n_focal))
        feedback.pushInfo(self.tr("Memory estimate: %.2f GB.") % (need / 1e9))
        habitat = _read_all(ref, np.float64)
        with np.errstate(invalid="ignore"):  # NaN is nodata and compares False
            negative, infinite = np.count_nonzero(habitat < 0), np.count_nonzero(np.isinf(habitat))
        if negative or infinite:
            feedback.pushWarning(self.tr(
                "RESISTANCE has %d negative and %d infinite cell value(s); they carry no "
                "current, like nodata.") % (negative, infinite))
        options = dict(is_resistance=not self.parameterAsBoolean(parameters, "IS_CONDUCTANCE",
                                                                 context),
                       polygons=shorts,
                       mask=self._aligned(parameters, "MASK", context, ref, feedback),
                       four_neighbors=four,
                       avg_resistances=self.parameterAsEnum(parameters, "AVERAGING",
                                                            context) == 1,
                       solver=solver)
        progress.step(self.tr("Read the %d x %d grid.") % (ref.height, ref.width))
        if mode == 3:
            res = self._advanced(parameters, context, ref, habitat, options, feedback)
        else:
            res = self._focal_modes(parameters, context, mode, habitat, focal, options,
                                    per_pair, feedback)
        feedback.pushInfo(self.tr("Solver: %s set-up(s), %s solve(s).")
                          % (res["stats"].get("setups"),
                                                                  res["stats"].get("solves")))
        progress.step()
        # focal and short-circuit cells carry the largest currents: left out of the stretch
        exclude = None if focal is None else focal > 0
        if shorts is not None:
            exclude = (shorts > 0) if exclude is None else exclude | (shorts > 0)
        return self._write(parameters, context, ref, mode, res, per_pair, exclude)

    # -- inputs ------------------------------------------------------------------------

    def _aligned(self, parameters, name, context, ref, feedback):
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            return None
        r = grids.RasterIn(layer.source(), 1, layer.name(), align_to=ref)
        if r.aligned:
            feedback.pushWarning(self.tr("'%s' is on another grid than the resistance surface; it "
                                         "was aligned by nearest neighbour.") % r.name)
        return _read_all(r, np.float64)

    def _focal(self, parameters, context, ref, feedback):
        """Focal node ids on the resistance grid (0 = none)."""
        grid = self._aligned(parameters, "FOCAL_RASTER", context, ref, feedback)
        points = self.parameterAsSource(parameters, "FOCAL_POINTS", context)
        polys = self.parameterAsSource(parameters, "FOCAL_POLYGONS", context)
        field = self.parameterAsString(parameters, "FOCAL_ID_FIELD", context)
        if polys is not None:
            field = self.parameterAsString(parameters, "FOCAL_POLYGON_ID_FIELD",
                                           context) or field
        if sum(x is not None for x in (grid, points, polys)) != 1:
            raise QgsProcessingException(self.tr(
                "Give the focal nodes once: FOCAL_RASTER, or FOCAL_POINTS with "
                "FOCAL_ID_FIELD, or FOCAL_POLYGONS with FOCAL_POLYGON_ID_FIELD."))
        if grid is not None:
            return np.where(np.isfinite(grid), grid, 0).astype(np.int64)
        source = points or polys
        if not field:
            raise QgsProcessingException(self.tr(
                "Name the id field of the focal nodes: FOCAL_ID_FIELD for points, "
                "FOCAL_POLYGON_ID_FIELD for polygons."))
        feats = id_features(source, field, self.parameterAsRasterLayer(
            parameters, "RESISTANCE", context).crs(), context, "Focal node")
        if points is not None:
            return _points_to_grid(ref, feats)
        return grids.burn_ids(ref, [(i, bytes(g.asWkb())) for i, g in feats])

    def _focal_checks(self, focal, habitat, options, feedback):
        ids = np.unique(focal[focal > 0])
        if ids.size < 2:
            raise QgsProcessingException(self.tr("Fewer than two focal nodes fall on the "
                                                 "resistance grid (ids: %s); a circuit needs two "
                                                 "or more.")
                                         % (", ".join(map(str, ids)) or "none"))
        valid = np.isfinite(habitat) & (habitat > 0) & (habitat != -9999.0)
        if options["mask"] is not None:
            valid &= options["mask"] > 0
        on = np.unique(focal[(focal > 0) & valid])
        lost = np.setdiff1d(ids, on)
        if on.size < 2:
            raise QgsProcessingException(
                self.tr("Only %d focal node(s) lie on habitat cells (%s); focal node(s) %s lie "
                        "only on nodata or masked cells. Move them onto the resistance surface.")
                % (on.size, ", ".join(map(str, on)) or "none", ", ".join(map(str, lost))))
        if lost.size:  # Circuitscape solves the rest and reports -1 for these
            feedback.pushWarning(self.tr("Focal node(s) %s lie only on nodata or masked cells: "
                                         "their resistances are -1 and they carry no current.")
                                 % ", ".join(map(str, lost)))
        negative = int((np.isfinite(habitat) & (habitat < 0) & (habitat != -9999.0)).sum())
        if negative and options["is_resistance"]:
            feedback.pushWarning(self.tr("%d cell(s) have a negative resistance and are left out "
                                         "of the graph, as in Circuitscape.") % negative)

    def _include(self, parameters, context):
        source = self.parameterAsSource(parameters, "INCLUDE_PAIRS", context)
        if source is None:
            return None
        t = self.table(parameters, "INCLUDE_PAIRS", context, with_geometry=False)
        a, b = t.numeric("from_id").astype(np.int64), t.numeric("to_id").astype(np.int64)
        ids = np.unique(np.r_[a, b])
        pos = {v: k for k, v in enumerate(ids)}
        table = np.zeros((ids.size, ids.size), bool)
        table[[pos[x] for x in a], [pos[y] for y in b]] = True
        return ids, table | table.T

    # -- solving -----------------------------------------------------------------------

    def _focal_modes(self, parameters, context, mode, habitat, focal, options, per_pair,
                     feedback):
        self._focal_checks(focal, habitat, options, feedback)
        run = (CS.pairwise, CS.one_to_all, CS.all_to_one)[mode]
        # the maximum map needs every pair's node currents; the cumulative map alone is summed
        # over pairs per edge, so ask for the maximum only when its output is
        want_max = parameters.get("OUTPUT_MAX_CURRENT") not in (None, "")
        kwargs = dict(options, included_pairs=self._include(parameters, context),
                      cum_map=True, max_map=want_max, current_maps=per_pair,
                      voltage_maps=per_pair and mode == 0)
        # pairwise: the pairs' maps are pieces; one-to-all, all-to-one: the focal nodes'
        kwargs["workers"], kwargs["scheduler"] = self.cluster(parameters, context, feedback)
        return run(habitat, focal, **kwargs)

    def _advanced(self, parameters, context, ref, habitat, options, feedback):
        sources = self._aligned(parameters, "SOURCES", context, ref, feedback)
        grounds = self._aligned(parameters, "GROUNDS", context, ref, feedback)
        if sources is None or grounds is None:
            raise QgsProcessingException(self.tr("The mode 'Advanced (sources and grounds)' needs "
                                                 "both SOURCES and GROUNDS."))
        return CS.advanced(habitat, sources, grounds, ground_is_resistance=not
                           self.parameterAsBoolean(parameters, "GROUND_IS_CONDUCTANCE",
                                                   context), **options)

    # -- outputs -----------------------------------------------------------------------

    def _write(self, parameters, context, ref, mode, res, per_pair, exclude=None):
        out = {}
        cum = res["current_map"] if mode == 3 else res["cum_current"]
        out["OUTPUT_CURRENT"] = self._raster(parameters, "OUTPUT_CURRENT", context, ref, cum,
                                                 exclude)
        if mode != 3 and parameters.get("OUTPUT_MAX_CURRENT") not in (None, ""):
            out["OUTPUT_MAX_CURRENT"] = self._raster(parameters, "OUTPUT_MAX_CURRENT", context,
                                                     ref, res["max_current"], exclude)
        ids = [] if mode == 3 else list(res["ids"])
        if mode == 0:
            r = res["resistances"]
            pairs = [(i, j) for i in range(len(ids)) for j in range(i + 1, len(ids))]
            cols = [("from_id", [int(ids[i]) for i, _ in pairs], FieldType.Int),
                    ("to_id", [int(ids[j]) for _, j in pairs], FieldType.Int),
                    ("resistance", [float(r[i, j]) for i, j in pairs], FieldType.Double)]
        else:
            cols = [("from_id", [int(i) for i in ids], FieldType.Int),
                    ("to_id", [None] * len(ids), FieldType.Int),
                    ("resistance", [] if mode == 3 else list(res["resistances"]),
                     FieldType.Double)]
        out["OUTPUT_RESISTANCES"] = self.write_table(parameters, "OUTPUT_RESISTANCES", context,
                                                     cols)
        if per_pair:
            folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
            os.makedirs(folder, exist_ok=True)
            maps = {"volt": {"": res["voltage_map"]}} if mode == 3 else \
                {"cur": res.get("current_maps") or {}, "volt": res.get("voltage_maps") or {}}
            for kind, grids_by_key in maps.items():
                for key, grid in grids_by_key.items():
                    name = "%smap%s.tif" % (kind, "" if key == "" else "_" + (
                        "_".join(map(str, key)) if isinstance(key, tuple) else str(key)))
                    self.write_raster_file(os.path.join(folder, name), ref, grid)
            out["OUTPUT_FOLDER"] = folder
        return out

    def _raster(self, parameters, name, context, ref, grid, exclude=None):
        w = self.raster_out(parameters, name, context, ref, np.float32, -9999.0)
        w.write_all(grid)
        return self.commit_raster(w, current_style(grid, exclude))


def _graph_nodes_of(focal, shorts):
    """Graph nodes the focal cells make: one per cell, one per short-circuit region."""
    cells = focal > 0
    if shorts is None:
        return int(cells.sum())
    reg = np.where(np.isfinite(shorts), shorts, 0)
    inside = cells & (reg > 0)
    return int((cells & ~inside).sum() + np.unique(reg[inside]).size)


def _read_all(reader, dtype):
    """The whole band as one array (the circuit needs the whole grid at once)."""
    return reader.read(0, reader.height, dtype)


def _points_to_grid(ref, points):
    """Focal points to an id grid; a point outside the raster is an error naming its id."""
    x0, dx, _, y0, _, dy = ref.ds.GetGeoTransform()
    grid = np.zeros((ref.height, ref.width), np.int64)
    for pid, geom in points:  # a few focal nodes
        p = geom.asPoint() if not geom.isMultipart() else geom.asMultiPoint()[0]
        col, row = int(np.floor((p.x() - x0) / dx)), int(np.floor((p.y() - y0) / dy))
        if not (0 <= row < ref.height and 0 <= col < ref.width):
            raise QgsProcessingException(tr("Focal node %d (%.6g, %.6g) lies outside the "
                                            "resistance raster.") % (pid, p.x(), p.y()))
        grid[row, col] = pid
    return grid
