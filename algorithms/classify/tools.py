"""Processing tools that grade a numeric field or a raster into classes."""
import numpy as np
from qgis.core import (QgsFeature, QgsFields, QgsProcessingException,
                       QgsProcessingParameterBand, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterString, QgsProcessing)

from ..tools.compat import FieldType
from .. import memory_check as MC
from ..base import (SCHEDULER_HELP, WORKERS_HELP, EcoAlgorithm, Progress,
                    categorized_style, field_for, help_html, paletted_style)
from ..executor import Pieces
from . import breaks as B
from .palette import ramp

GROUP, GROUP_ID = "Grading and maps", "grading"
# float64 strips alive at once while a raster is summarised or classified: the block, its
# finite values, the sorted copy np.unique makes and its counts (summary), or the block,
# the classes and RasterOut.write's copy (classification); 6 with a margin
STRIPS = 6

METHOD_HELP = (
    "Natural breaks: the exact Fisher-Jenks optimum, the partition into CLASSES classes "
    "with the least total within-class sum of squared deviations (the same breaks as "
    "jenkspy); 1 equal interval; 2 quantile (equal counts; tied quantiles merge classes); "
    "3 fixed table: BREAKS and LABELS as given.")
CLASS_RULE = (
    "Computed breaks are class maxima: a class holds (lower, upper], the first class also "
    "its minimum. A fixed table reads [lower, upper) with the last class closed, as grading "
    "tables are written (e.g. 0,0.2,0.4,0.6,0.8,1 for the five-level safety scale Unsafe, "
    "Relatively unsafe, Critical safety, Relatively safe, Ideal safety). Values outside a "
    "fixed table get no class (NULL, nodata).")
JENKS_REFS = (
    "Fisher, W. D. (1958). On grouping for maximum homogeneity. Journal of the American "
    "Statistical Association 53, 789-798.",
    "Jenks, G. F. (1967). The data model concept in statistical mapping. International "
    "Yearbook of Cartography 7, 186-190.")


def _method_parameters(alg):
    alg.addParameter(QgsProcessingParameterEnum(
        "METHOD", "Classification method", options=B.METHOD_NAMES, defaultValue=0))
    alg.addParameter(QgsProcessingParameterNumber(
        "CLASSES", "Number of classes (computed methods)",
        QgsProcessingParameterNumber.Type.Integer,
        defaultValue=5, minValue=2, maxValue=50))
    alg.addParameter(QgsProcessingParameterString(
        "BREAKS", "Breaks of a fixed table (ascending, comma separated)", optional=True))
    alg.addParameter(QgsProcessingParameterString(
        "LABELS", "Class labels (comma separated, one per class)", optional=True))


def _fixed_table(alg, parameters, context):
    """(edges, labels) of a fixed table, or (None, labels text) for computed methods."""
    method = alg.parameterAsEnum(parameters, "METHOD", context)
    labels = alg.parameterAsString(parameters, "LABELS", context)
    if method != B.FIXED:
        return method, None, labels
    text = alg.parameterAsString(parameters, "BREAKS", context)
    return method, B.parse_breaks(text), labels


def _class_table(edges, closed, labels, counts):
    """Columns of the breaks table: class, lower, upper, label, count, share."""
    k = len(edges) - 1
    total = max(1, int(np.sum(counts)))
    return [("class", list(range(1, k + 1)), FieldType.Int),
            ("lower", list(edges[:-1]), FieldType.Double),
            ("upper", list(edges[1:]), FieldType.Double),
            ("closed", [closed] * k, FieldType.String),
            ("label", labels, FieldType.String),
            ("count", [int(c) for c in counts], FieldType.Int),
            ("share", [c / total for c in counts], FieldType.Double)]


class ClassifyField(EcoAlgorithm):
    ID = "classifyfield"
    TITLE = "Classify field (natural breaks, equal interval, quantile, table)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "classify.svg"
    TAGS = "jenks,natural breaks,grade,classes,quantile,equal interval,safety level"
    ADVANCED = ("CLASS_FIELD", "LABEL_FIELD")
    HELP = help_html(
        "Grades a numeric field of a table or vector layer into classes and adds the class "
        "number and its label to every row. " + CLASS_RULE,
        "Natural breaks minimise sum over classes c of sum over x in c of (x - mean_c)^2, "
        "solved exactly by dynamic programming (Fisher 1958).",
        [("INPUT", "Table or vector layer."), ("FIELD", "Numeric field to grade (a text field "
          "of numbers, as in a CSV, is accepted). NULL rows get no class."),
         ("METHOD", METHOD_HELP), ("CLASSES", "Number of classes of a computed method."),
         ("BREAKS", "Fixed table edges, e.g. 0,0.2,0.4,0.6,0.8,1."),
         ("LABELS", "Labels, one per class; default 'Class 1', 'Class 2', ..."),
         ("CLASS_FIELD / LABEL_FIELD", "Names of the added fields.")],
        [("OUTPUT", "The rows with the class number and label, styled by class."),
         ("OUTPUT_BREAKS", "One row per class: lower and upper edge, label, count, share.")],
        JENKS_REFS)

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", "Input table or layer", [QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "FIELD", "Field to classify", parentLayerParameterName="INPUT"))
        _method_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            "CLASS_FIELD", "Name of the class field", defaultValue="CLASS"))
        self.addParameter(QgsProcessingParameterString(
            "LABEL_FIELD", "Name of the label field", defaultValue="CLASS_NAME"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "Classified"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_BREAKS", "Class breaks", QgsProcessing.SourceType.TypeVector))
        self.add_encoding_parameter()

    def compute(self, parameters, context, feedback):
        progress = Progress(feedback, 3)
        method, table_edges, label_text = _fixed_table(self, parameters, context)
        k = self.parameterAsInt(parameters, "CLASSES", context)
        field = self.parameterAsString(parameters, "FIELD", context)
        cls_name = self.parameterAsString(parameters, "CLASS_FIELD", context).strip()
        lbl_name = self.parameterAsString(parameters, "LABEL_FIELD", context).strip()
        table = self.table(parameters, "INPUT", context)
        for name in (cls_name, lbl_name):
            if table.fields.lookupField(name) >= 0:
                raise QgsProcessingException(
                    self.tr("Layer '%s' already has a field '%s'; choose another CLASS_FIELD or "
                            "LABEL_FIELD.") % (table.name, name))
        values = table.numeric(field, allow_null=True)
        nulls = int(np.isnan(values).sum())
        if nulls:
            feedback.pushWarning(self.tr("%d row(s) of '%s' are NULL and get no class.")
                                 % (nulls, field))
        progress.step(self.tr("Read %d rows of '%s'.") % (len(table), table.name))

        edges, closed = B.compute_breaks(method, values, k, table_edges)
        labels = B.parse_labels(label_text, len(edges) - 1)
        cls = B.assign_classes(values, edges, closed)
        outside = int(((cls == 0) & ~np.isnan(values)).sum())
        if outside:
            feedback.pushWarning(self.tr("%d value(s) lie outside the table %g..%g and get no "
                                         "class.")
                                 % (outside, edges[0], edges[-1]))
        counts = np.bincount(cls, minlength=len(edges))[1:]
        feedback.pushInfo(self.tr("Breaks: %s") % ", ".join("%.6g" % e for e in edges))
        progress.step()

        fields = QgsFields(table.fields)
        fields.append(field_for(cls_name, FieldType.Int))
        fields.append(field_for(lbl_name, FieldType.String))
        colours = ramp(len(labels))
        style = categorized_style(cls_name, [(i + 1, labels[i], colours[i])
                                             for i in range(len(labels))])
        sink, dest = self.sink(parameters, "OUTPUT", context, fields,
                               table.source.wkbType(), table.source.sourceCrs(), style)
        feats = []
        for f, c in zip(table.features, cls):
            out = QgsFeature(fields)
            out.setGeometry(f.geometry())
            out.setAttributes(f.attributes() + ([int(c), labels[c - 1]] if c else [None, None]))
            feats.append(out)
        self.write_features(sink, feats, progress)
        dest_breaks = self.write_table(parameters, "OUTPUT_BREAKS", context,
                                       _class_table(edges, closed, labels, counts))
        progress.step()
        return {"OUTPUT": dest, "OUTPUT_BREAKS": dest_breaks}


class ClassifyRaster(EcoAlgorithm):
    ID = "classifyraster"
    TITLE = "Classify raster (natural breaks, equal interval, quantile, table)"
    GROUP, GROUP_ID = GROUP, GROUP_ID
    ICON = "classifyraster.svg"
    TAGS = "jenks,natural breaks,grade,reclassify,quantile,equal interval,safety level"
    HELP = help_html(
        "Grades a raster band into classes 1..k (Byte, nodata 0) with a labelled colour "
        "table. Works block by block, so memory does not grow with the raster. " + CLASS_RULE,
        "Natural breaks minimise the total within-class sum of squared deviations. They are "
        "exact over the distinct cell values when there are at most 4,096 of them; with more "
        "(continuous rasters) the cells are summarised in 65,536 equal-width bins that keep "
        "each bin's count, sum and sum of squares, so the optimum is exact over breaks placed "
        "at bin ends (1/65,536 of the value range). Unlike QGIS's own Jenks, no sample is "
        "drawn.",
        [("INPUT", "Raster layer."), ("BAND", "Band to classify."), ("METHOD", METHOD_HELP),
         ("CLASSES", "Number of classes of a computed method."),
         ("BREAKS", "Fixed table edges."), ("LABELS", "Labels, one per class."),
         ("WORKERS", WORKERS_HELP), ("SCHEDULER", SCHEDULER_HELP)],
        [("OUTPUT", "Class raster (Byte; 0 = nodata or outside a fixed table), styled with "
          "the labels."),
         ("OUTPUT_BREAKS", "One row per class: lower and upper edge, label, cell count, share.")],
        JENKS_REFS)

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", "Input raster"))
        # optional so that scripts may leave it out: QGIS 3.22 rejects an omitted band
        self.addParameter(QgsProcessingParameterBand(
            "BAND", "Band", defaultValue=1, parentLayerParameterName="INPUT", optional=True))
        _method_parameters(self)
        self.add_cluster_parameters()
        self.addParameter(QgsProcessingParameterRasterDestination("OUTPUT", "Classes"))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_BREAKS", "Class breaks", QgsProcessing.SourceType.TypeVector))

    def compute(self, parameters, context, feedback):
        method, table_edges, label_text = _fixed_table(self, parameters, context)
        k = self.parameterAsInt(parameters, "CLASSES", context)
        raster = self.raster_in(parameters, "INPUT", context,
                                self.parameterAsInt(parameters, "BAND", context) or 1)
        workers, scheduler = self.cluster(parameters, context, feedback)
        mode = Pieces(None, workers, scheduler).mode  # they start once the breaks are known
        # a piece: one float64 strip in, its uint8 classes out; a worker's temporaries:
        # searchsorted's int64 classes, their int32 copy and the masks
        strip = MC.strip_bytes(raster.height, raster.width)
        MC.require_free(MC.strip_tool_bytes(raster.height, raster.width, STRIPS)
                        + MC.pieces_bytes(mode, workers, strip, strip // 8, work=2 * strip),
                        self.tr("Classify raster"), raster.height, raster.width)
        summary = B.RasterSummary()
        progress = Progress(feedback, 3)
        if method != B.FIXED:
            for _, block in raster.blocks(progress):
                summary.add(block)
            if summary.count == 0:
                raise QgsProcessingException(self.tr("Raster '%s' has no valid cells (all nodata).")
                                             % raster.name)
        progress.step(self.tr("Read the value distribution of '%s'.") % raster.name)
        if summary.needs_histogram:
            feedback.pushInfo(self.tr("More than %d distinct values: breaks are optimised over "
                                      "%d bins.") % (summary.max_items, summary.BINS))
            for _, block in raster.blocks(progress):
                summary.add_to_histogram(block)
        edges, closed = summary.breaks(method, k, table_edges)
        labels = B.parse_labels(label_text, len(edges) - 1)
        if len(labels) > 255:
            raise QgsProcessingException(self.tr("A class raster holds at most 255 classes."))
        feedback.pushInfo(self.tr("Breaks: %s") % ", ".join("%.6g" % e for e in edges))
        progress.step()

        out = self.raster_out(parameters, "OUTPUT", context, raster, np.uint8, 0)
        counts = np.zeros(len(edges), dtype=np.int64)
        # blocks read here, classified as pieces, written in order
        with Pieces((edges, closed), workers, scheduler) as run:
            for r0, cls, n in run.imap(B.class_block, raster.blocks(progress)):
                counts += n
                out.write(r0, cls)
        colours = ramp(len(labels))
        path = self.commit_raster(out, paletted_style([(i + 1, labels[i], colours[i])
                                                       for i in range(len(labels))]))
        outside = 0
        if method == B.FIXED:
            outside = int(counts[0])  # cells with no class, nodata included
            feedback.pushInfo(self.tr("%d cell(s) are nodata or outside the table.") % outside)
        dest_breaks = self.write_table(parameters, "OUTPUT_BREAKS", context,
                                       _class_table(edges, closed, labels, counts[1:]))
        progress.step()
        return {"OUTPUT": path, "OUTPUT_BREAKS": dest_breaks}
