"""ecosecurity:centrality: Linkage Mapper's Centrality Mapper on the corridor network."""
import numpy as np
from qgis.core import (QgsFeature, QgsField, QgsFields, QgsGeometry, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsWkbTypes)

from ...tools.compat import FieldType
from ... import grids
from ... import memory_check as MC
from ...base import EcoAlgorithm, Progress, help_html, raster_or_polygons
from ...classify import breaks as B
from ...tools.styles import level_style
from .. import centrality as CF
from .common import (GROUP, GROUP_ID, add_network_inputs, id_features, polygons_by_value,
                     read_links, source_ids)


class Centrality(EcoAlgorithm):
    ID = "centrality"
    TITLE = "Corridor importance (current-flow centrality)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "centrality.svg"
    TAGS = "centrality,current flow,betweenness,Linkage Mapper,Centrality Mapper,importance"
    HELP = help_html(
        "Ranks corridors and sources by how much current they carry when every pair of "
        "sources exchanges 1 A over the network of least-cost links, as Linkage Mapper's "
        "Centrality Mapper does with Circuitscape's network mode.",
        "Each link is a resistor of resistance LINK_WEIGHT (default lcd). For every pair of "
        "sources (i, j) in one component, 1 A enters at i and leaves at j: v = L+ (e_i - e_j), "
        "L the network Laplacian. current_flow of a link = sum over pairs of |its branch "
        "current|; of a source = sum over pairs of (sum of |branch currents| + |injected "
        "current|) / 2, Circuitscape's node current. Levels by natural breaks, 1 = most "
        "important.",
        [("LINKS", "Link lines with from_id, to_id and lcd (LINKS of the least-cost corridor "
          "tool)."), ("LINK_WEIGHT", "Numeric field used as the link's resistance; default "
                      "lcd."),
         ("SOURCES", "Optional source ids as a raster (or SOURCE_POLYGONS with "
          "SOURCE_ID_FIELD): adds their geometry to OUTPUT_SOURCES and lists unlinked "
          "sources with 0."),
         ("LEVELS", "Natural-breaks levels of the link current (default 3).")],
        [("OUTPUT", "The links with current_flow and level."),
         ("OUTPUT_SOURCES", "Each source id with current_flow and level.")],
        ["McRae, B. H. (2012). Centrality Mapper, Linkage Mapper connectivity analysis "
         "software. The Nature Conservancy, Seattle.",
         "Newman, M. E. J. (2005). A measure of betweenness centrality based on random walks. "
         "Social Networks 27, 39-54.",
         "Carroll, C., McRae, B. H. and Brookes, A. (2012). Use of linkage mapping and "
         "centrality analysis across habitat gradients. Conservation Biology 26, 78-87."])

    def initAlgorithm(self, config=None):
        add_network_inputs(self, resistance=False)
        self.addParameter(QgsProcessingParameterField(
            "LINK_WEIGHT", "Link resistance field (default lcd)", parentLayerParameterName="LINKS",
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "LEVELS", "Importance levels", QgsProcessingParameterNumber.Type.Integer, 3,
            minValue=1, maxValue=10))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", "Link centrality", QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_SOURCES", "Source centrality", QgsProcessing.SourceType.TypeVectorAnyGeometry))

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        weight = self.parameterAsString(parameters, "LINK_WEIGHT", context) or None
        links, table = read_links(self, parameters, context, weight=weight)
        shapes = self._source_shapes(parameters, context, table.source.sourceCrs(), feedback)
        nodes = {i for a, b, _ in links for i in (a, b)} | set(shapes)
        progress.step(self.tr("%d links between %d sources.") % (len(links), len(nodes)))
        try:
            flow, node_flow, n_comp = CF.current_flow(nodes, links)
        except CF.CentralityError as e:
            raise QgsProcessingException(self.tr("LINKS '%s': %s.")
                                         % (table.name, e.message(self.tr))) from None
        if n_comp > 1:
            feedback.pushInfo(self.tr("The network has %d components; pairs in different "
                                      "components carry no current.") % n_comp)
        k = self.parameterAsInt(parameters, "LEVELS", context)
        levels, edges = B.importance_levels(flow, k)
        if edges is not None:
            feedback.pushInfo(self.tr("Breaks of the link levels: %s")
                              % ", ".join("%.4g" % e for e in edges))
        n_levels = int(levels.max()) if levels.size else 1
        fields = QgsFields(table.fields)
        for name, kind in (("current_flow", FieldType.Double), ("level", FieldType.Int)):
            if fields.lookupField(name) >= 0:
                raise QgsProcessingException(
                    self.tr("LINKS '%s' already has a field '%s'; rename or drop it first.")
                    % (table.name, name))
            fields.append(QgsField(name, kind))
        sink, dest = self.sink(parameters, "OUTPUT", context, fields, table.source.wkbType(),
                               table.source.sourceCrs(), level_style(n_levels))
        feats = []
        for f, value, lvl in zip(table.features, flow, levels):
            out = QgsFeature(fields)
            out.setGeometry(f.geometry())
            out.setAttributes(list(f.attributes()) + [float(value), int(lvl)])
            feats.append(out)
        self.write_features(sink, feats)
        progress.step()
        result = {"OUTPUT": dest,
                  "OUTPUT_SOURCES": self._sources_out(parameters, context, table, node_flow,
                                                      shapes, k, feedback)}
        progress.step()
        return result

    def _source_shapes(self, parameters, context, crs, feedback):
        """{id: geometry} of the sources when SOURCES is given."""
        layer, is_raster = raster_or_polygons(self, parameters, context, "SOURCES",
                                              "SOURCE_POLYGONS", optional=True)
        if layer is None:
            return {}
        if is_raster:
            ref = grids.RasterIn(layer.source(), 1, layer.name())
            MC.require_free(MC.whole_grid_bytes(ref.height, ref.width, MC.SOURCE_IDS_PER_CELL),
                            self.tr("Reading and outlining the raster of SOURCES"),
                            ref.height, ref.width)
            ids = source_ids(self, parameters, context, ref, feedback, resistance="SOURCES")
            return polygons_by_value(ids, ref)
        field = self.parameterAsString(parameters, "SOURCE_ID_FIELD", context)
        if not field:
            raise QgsProcessingException(self.tr(
                "The source polygons '{layer}' need their id field: set "
                "SOURCE_ID_FIELD.").format(layer=layer.name()))
        shapes = {}
        for i, g in id_features(layer, field, crs, context, "Source"):
            shapes.setdefault(i, []).append(g)
        return {i: QgsGeometry.collectGeometry(gs) for i, gs in shapes.items()}

    def _sources_out(self, parameters, context, table, node_flow, shapes, k, feedback):
        ids = sorted(node_flow)
        values = np.array([node_flow[i] for i in ids])
        levels, _ = B.importance_levels(values, k)
        fields = QgsFields()
        for name, kind in (("source_id", FieldType.Int), ("current_flow", FieldType.Double),
                           ("level", FieldType.Int)):
            fields.append(QgsField(name, kind))
        wkb = QgsWkbTypes.Type.MultiPolygon if shapes else QgsWkbTypes.Type.NoGeometry
        n_levels = int(levels.max()) if levels.size else 1
        sink, dest = self.sink(parameters, "OUTPUT_SOURCES", context, fields, wkb,
                               table.source.sourceCrs(), level_style(n_levels))
        feats = []
        for i, value, lvl in zip(ids, values, levels):
            f = QgsFeature(fields)
            if i in shapes:
                g = shapes[i]
                g.convertToMultiType()
                f.setGeometry(g)
            f.setAttributes([int(i), float(value), int(lvl)])
            feats.append(f)
        missing = sorted(set(shapes) ^ set(ids))
        if shapes and missing:
            feedback.pushWarning(self.tr("Source id(s) %s appear in only one of LINKS and SOURCES.")
                                 % ", ".join(map(str, missing[:10])))
        self.write_features(sink, feats)
        return dest
