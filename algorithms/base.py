"""Shared base of every EcoSecurity tool: help, icon, table and raster I/O, progress,
cancel, styled outputs and the guarantee that a failed run leaves no output behind.

A tool subclasses EcoAlgorithm, declares its parameters and implements ``run``; it reads
layers into numpy arrays here, calls a pure module and writes results back here.
"""
import html
import os

from qgis.core import (QgsCategorizedSymbolRenderer, QgsColorRampShader,
                       QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureRequest,
                       QgsFeatureSink, QgsField, QgsFields, QgsPalettedRasterRenderer,
                       QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterEnum,
                       QgsProcessingLayerPostProcessorInterface, QgsRasterFileWriter,
                       QgsProcessingParameterNumber, QgsProcessingParameterString,
                       QgsRasterLayer, QgsRasterShader, QgsRasterTransparency,
                       QgsRendererCategory, QgsSettings,
                       QgsSingleBandPseudoColorRenderer, QgsSymbol, QgsVectorLayer,
                       QgsWkbTypes)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QIcon

import numpy as np

from . import grids, interrupt
from .errors import Cancelled, EcoError
from .tools import guards
from .tools.compat import (NUMERIC_TYPES, FieldType, GeometryType,  # noqa: F401
                           ParameterFlag, is_null, save_style_to_database)

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")

# (Python / Qt codec name, label) of the ENCODING choices of the tools that read tables
TEXT_ENCODINGS = [("UTF-8", "UTF-8"),
                  ("GB18030", "GBK / GB18030 (Simplified Chinese, Excel's 'CSV' in China)"),
                  ("Big5", "Big5 (Traditional Chinese)"),
                  ("windows-1252", "Latin-1 / Windows-1252 (Western European)")]

ENCODING_HELP = ("The encoding of CSV and other text tables, which QGIS cannot tell from "
                 "UTF-8 by itself: choose GBK / GB18030 for a CSV saved by Excel or SPSS on "
                 "a Chinese Windows. A table that is not UTF-8 is refused by name unless its "
                 "encoding is given here (or set on the layer in QGIS).")

# the provider's default Dask scheduler (Settings > Options > Processing > Providers >
# EcoSecurity), as Processing stores its settings; empty: run on this computer
SCHEDULER_SETTING = "ECOSECURITY_SCHEDULER"
SCHEDULER_KEY = "Processing/Configuration/" + SCHEDULER_SETTING
SCHEDULER_HELP = ("Address of a Dask scheduler (e.g. tcp://10.0.0.5:8786) to run the "
                  "independent pieces of this tool on a cluster; its workers need this plugin "
                  "and Dask installed. Empty: the default set in Processing's options "
                  "(Providers > EcoSecurity), and when that is empty too, this computer with "
                  "WORKERS processes. The results are the same.")
WORKERS_HELP = ("Local processes that run the tool's independent pieces (1: this process); "
                "the results are the same.")

# raised by Progress.check when the user cancels; the base turns it into a clean stop
Canceled = Cancelled


def help_html(summary, formula=None, parameters=(), outputs=(), references=(), notes=None):
    """The help every tool shows (what, formula, parameters, outputs, references), rendered
    against the tool's own parameter definitions when the dialog asks for it."""
    return HelpText(summary, formula, parameters, outputs, references, notes)


def tr(text):
    """text in the interface's language (the plugin's catalogue), for code outside a tool."""
    return QCoreApplication.translate("EcoSecurity", text)


class HelpText:
    """A tool's help. Rendered as escaped HTML (Qt reads '<' in "<=" as a tag and cuts the
    text there); each parameter is named by the label the dialog shows with its id, and an
    enum parameter lists its choices by label with the default."""

    def __init__(self, summary, formula=None, parameters=(), outputs=(), references=(),
                 notes=None):
        self.summary, self.formula, self.notes = summary, formula, notes
        self.parameters, self.outputs = list(parameters), list(outputs)
        self.references = list(references)

    def render(self, alg=None, tr=lambda text: text):
        esc = html.escape
        parts = ["<p>%s</p>" % esc(tr(self.summary))]
        if self.formula:
            parts.append("<h3>%s</h3><p>%s</p>" % (esc(tr("Formula")), esc(tr(self.formula))))
        parameters = list(self.parameters)
        if alg is not None and alg.parameterDefinition("ENCODING") is not None and \
                "ENCODING" not in {n for n, _ in parameters}:
            parameters.append(("ENCODING", ENCODING_HELP))
        for title, entries in ((tr("Parameters"), parameters),
                               (tr("Outputs"), self.outputs)):
            if entries:
                parts.append("<h3>%s</h3><dl>%s</dl>" % (esc(title), "".join(
                    "<dt>%s</dt><dd>%s</dd>" % (self._heading(alg, name), self._body(
                        alg, name, tr(text), tr)) for name, text in entries)))
        if self.notes:
            parts.append("<p>%s</p>" % esc(tr(self.notes)))
        if self.references:
            parts.append("<h3>%s</h3><ul>%s</ul>" % (esc(tr("References")), "".join(
                "<li>%s</li>" % esc(r) for r in self.references)))
        return "".join(parts)

    @staticmethod
    def _definitions(alg, name):
        if alg is None:
            return []
        found = []
        for part in name.split("/"):
            d = alg.parameterDefinition(part.strip())
            if d is None and hasattr(alg, "outputDefinition"):
                d = alg.outputDefinition(part.strip())
            if d is not None:
                found.append(d)
        return found

    def _heading(self, alg, name):
        labels = [d.description() for d in self._definitions(alg, name) if d.description()]
        if not labels:
            return "<b>%s</b>" % html.escape(name)
        return "<b>%s</b> (%s)" % (html.escape(" / ".join(labels)), html.escape(name))

    def _body(self, alg, name, text, tr):
        body = html.escape(text)
        for d in self._definitions(alg, name):
            if d.type() != "enum":
                continue
            options = d.options()
            default = d.defaultValue()
            chosen = options[int(default)] if isinstance(default, int) and \
                0 <= default < len(options) else None
            body += " %s %s." % (html.escape(tr("Choices:")), html.escape("; ".join(options)))
            if chosen is not None:
                body += " %s %s." % (html.escape(tr("Default:")), html.escape(chosen))
        return body


class Progress:
    """Maps a run's steps onto 0-100 % and stops the run when the user cancels."""

    def __init__(self, feedback, steps):
        self.feedback = feedback
        self.steps = max(1, steps)
        self.done = 0

    def check(self):
        if self.feedback is not None and self.feedback.isCanceled():
            raise Canceled()

    def step(self, text=None):
        """Close one step; log its text, advance the bar and honour cancel."""
        self.check()
        if text and self.feedback is not None:
            self.feedback.pushInfo(text)
        self.done = min(self.done + 1, self.steps)
        self.set(0.0)

    def gdal_callback(self):
        """A GDAL progress callback for the current step; it stops GDAL on cancel."""
        def callback(fraction, *_):
            if self.feedback is None:
                return 1
            if self.feedback.isCanceled():
                return 0
            self.feedback.setProgress(100.0 * (self.done + fraction) / self.steps)
            return 1
        return callback

    def set(self, fraction):
        """Progress inside the current step (fraction 0..1)."""
        self.check()
        if self.feedback is not None:
            self.feedback.setProgress(100.0 * (self.done + fraction) / self.steps)


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a style to an output when Processing loads it into the project."""

    _alive = []  # Processing does not keep Python post-processors alive by itself

    def __init__(self, style):
        super().__init__()
        self.style = style
        _StylePostProcessor._alive.append(self)

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.isValid():
            self.style(layer)
            layer.triggerRepaint()


class Table:
    """Rows of a vector or table layer read once: attributes, geometries and ids."""

    def __init__(self, source, name, with_geometry=True):
        self.source = source
        self.name = name
        self.fields = source.fields()
        request = QgsFeatureRequest()
        if not with_geometry:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        self.features = list(source.getFeatures(request))
        self.ids = np.array([f.id() for f in self.features], dtype=np.int64)

    def __len__(self):
        return len(self.features)

    def field_index(self, field):
        idx = self.fields.lookupField(field)
        if idx < 0:
            raise QgsProcessingException(
                tr("Layer '%s' has no field '%s'. Its fields are: %s.")
                % (self.name, field, ", ".join(self.fields.names())))
        return idx

    def raw(self, field):
        """The values of one field, as Python objects (None for NULL)."""
        idx = self.field_index(field)
        return [_plain(f.attributes()[idx]) for f in self.features]

    def _rows(self, mask):
        rows = np.nonzero(mask)[0]
        shown = ", ".join("%d (id %d)" % (r + 1, self.ids[r]) for r in rows[:10])
        return tr("{shown} and {n} more").format(shown=shown, n=rows.size - 10) \
            if rows.size > 10 else shown

    def numeric(self, field, allow_null=False):
        """One field as float64; NULLs (unless allowed: NaN) and non-numbers are errors
        naming the rows.

        Text fields whose every value is a number are accepted, since a CSV read by OGR
        without a .csvt file has text fields only.
        """
        idx = self.field_index(field)
        values = self.raw(field)
        null = np.array([v is None or (isinstance(v, str) and not v.strip()) for v in values],
                        dtype=bool)
        if null.any() and not allow_null:
            raise QgsProcessingException(
                tr("Field '%s' of layer '%s' is NULL in %d row(s): %s. Fill or remove those "
                   "rows first.") % (field, self.name, null.sum(), self._rows(null)))
        out = np.full(len(values), np.nan)
        for i, v in enumerate(values):  # a plain conversion; the loop only names bad text
            if null[i]:
                continue
            try:
                out[i] = float(v)
            except (TypeError, ValueError):
                kind = self.fields.at(idx).typeName()
                raise QgsProcessingException(
                    tr("Field '%s' of layer '%s' (%s) must hold numbers, but row %d (id %d) "
                       "holds %r.") % (field, self.name, kind, i + 1, self.ids[i], v)) from None
        bad = ~np.isfinite(out) & ~null
        if bad.any():
            raise QgsProcessingException(
                tr("Field '%s' of layer '%s' is not finite in row(s) %s.")
                % (field, self.name, self._rows(bad)))
        return out

    def matrix(self, fields):
        return np.column_stack([self.numeric(f) for f in fields]) if fields else \
            np.empty((len(self), 0))

    def keys(self, field, allow_empty=False):
        """A key field as text; empty keys are errors naming the rows (or None if allowed)."""
        values = self.raw(field)
        null = np.array([v is None or str(v).strip() == "" for v in values], dtype=bool)
        if null.any() and not allow_empty:
            raise QgsProcessingException(
                tr("Key field '%s' of layer '%s' is empty in row(s) %s.")
                % (field, self.name, self._rows(null)))
        return [None if n else _key_text(v) for v, n in zip(values, null)]


def _plain(value):
    """NULL -> None; everything else unchanged."""
    if is_null(value):
        return None
    return value


def _key_text(value):
    """Keys compare as text; 2010.0 read from a CSV and 2010 from a GeoPackage agree."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def field_for(name, kind=FieldType.Double):
    """A QgsField; text has no length limit (formats with one use their own maximum)."""
    if kind == FieldType.String:
        return QgsField(name, FieldType.String, "String", 0)
    if kind == FieldType.Int:
        return QgsField(name, FieldType.Int, "Integer")
    return QgsField(name, FieldType.Double, "Real")  # no width: full double precision


def to_attr(value):
    """numpy scalars -> Python values Qt accepts; NaN/inf -> NULL."""
    if isinstance(value, np.generic):  # numpy scalars (np.str_ too) confuse Qt
        value = value.item()
    if isinstance(value, float) and not np.isfinite(value):
        return None
    return value


class EcoAlgorithm(QgsProcessingAlgorithm):
    """Base of every tool. Subclasses set ID, TITLE, GROUP, GROUP_ID, ICON and HELP and
    implement initAlgorithm and compute(parameters, context, feedback) -> results dict."""

    ID = ""
    TITLE = ""
    GROUP = ""
    GROUP_ID = ""
    ICON = "ecosecurity.svg"
    HELP = ""
    TAGS = ""
    ADVANCED = ()  # names of rarely changed parameters: the dialog's Advanced section

    def addParameter(self, definition, createOutput=True):  # noqa: N802 - QGIS's name
        """Every parameter passes here: its label and choices are translated (the ids never
        are) and rarely changed ones go to the Advanced section."""
        definition.setDescription(self.tr(definition.description()))
        if definition.type() == "enum":
            definition.setOptions([self.tr(o) for o in definition.options()])
        if definition.name() in self.ADVANCED:
            definition.setFlags(definition.flags()
                                | ParameterFlag.Advanced)
        return super().addParameter(definition, createOutput)

    def addOutput(self, definition):  # noqa: N802 - QGIS's name
        definition.setDescription(self.tr(definition.description()))
        return super().addOutput(definition)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ID

    def displayName(self):
        return self.tr(self.TITLE)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):
        return self.GROUP_ID

    def tags(self):
        return [t.strip() for t in self.TAGS.split(",") if t.strip()]

    def shortHelpString(self):
        if isinstance(self.HELP, HelpText):
            return self.HELP.render(self, self.tr)
        return html.escape(self.HELP)

    def icon(self):
        return QIcon(os.path.join(ICON_DIR, self.ICON))

    def svgIconPath(self):
        return os.path.join(ICON_DIR, self.ICON)

    def tr(self, text):
        return QCoreApplication.translate("EcoSecurity", text)

    # -- running ---------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        self._created = []  # (sink or None, destination) of outputs made so far
        self._styles = []   # (destination, style function) applied once sinks are closed
        self._sink_fields = {}  # destination: field names asked for, to report as written
        try:
            with interrupt.stop_on_signals():  # SIGINT/SIGTERM: Cancelled, as a cancel
                guards.check_run(self, parameters, context)  # before any work
                with grids.limited_cache():
                    results = self.compute(parameters, context, feedback)
                    self._close_sinks()
                    results = guards.report_written(results, self._sink_fields, feedback)
            self._apply_styles(context, feedback)
            return results
        except Cancelled as err:
            self._rollback(context)
            interrupt.redeliver(err)  # a signal then takes its course
            raise QgsProcessingException(self.tr("Canceled: no output was written.")) from None
        except EcoError as err:  # the plugin's expected errors; anything else is a bug
            self._rollback(context)
            raise QgsProcessingException(err.message(self.tr)) from None
        except BaseException:
            self._rollback(context)
            raise

    def checkParameterValues(self, parameters, context):
        message = guards.empty_input(self, parameters)
        if message:
            return False, message
        return super().checkParameterValues(parameters, context)

    def compute(self, parameters, context, feedback):
        raise QgsProcessingException("%s does not implement compute()." % type(self).__name__)

    # -- inputs ----------------------------------------------------------------------

    def table(self, parameters, name, context, with_geometry=True):
        """Read a vector/table parameter once; its name is used in every error message.
        A text table (CSV) is decoded with the tool's ENCODING when it has one."""
        reopened = self._table_in_encoding(parameters, name, context)
        if reopened is not None:
            return Table(reopened, reopened.name() or name, with_geometry)
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        layer_name = source.sourceName() or name
        return Table(source, layer_name, with_geometry)

    def add_encoding_parameter(self):
        """ENCODING (advanced): the encoding of the tool's text tables, for CSVs saved by
        Excel or SPSS in GBK and the like, which QGIS cannot tell from UTF-8."""
        definition = QgsProcessingParameterEnum(
            "ENCODING", "Encoding of CSV and text tables", options=[
                label for _, label in TEXT_ENCODINGS], defaultValue=0, optional=True)
        # optional, so that models saved before it existed stay valid in the Modeler
        definition.setFlags(definition.flags() | ParameterFlag.Advanced)
        self.addParameter(definition)

    def add_cluster_parameters(self, workers=True):
        """SCHEDULER (and WORKERS unless the tool has its own), advanced: where the tool's
        independent pieces run (algorithms/executor.py)."""
        if workers:
            definition = QgsProcessingParameterNumber(
                "WORKERS", "Worker processes", QgsProcessingParameterNumber.Type.Integer, 1,
                minValue=1, optional=True)
            definition.setFlags(definition.flags() | ParameterFlag.Advanced)
            self.addParameter(definition)
        # optional, so that models saved before it existed stay valid in the Modeler
        definition = QgsProcessingParameterString(
            "SCHEDULER", "Dask scheduler address (empty: the provider's setting)",
            defaultValue="", optional=True)
        definition.setFlags(definition.flags() | ParameterFlag.Advanced)
        self.addParameter(definition)

    def cluster(self, parameters, context, feedback=None):
        """(workers, scheduler) asked for: SCHEDULER, else the provider's setting."""
        workers = 1
        if self.parameterDefinition("WORKERS") is not None:
            workers = max(1, self.parameterAsInt(parameters, "WORKERS", context) or 1)
        scheduler = (self.parameterAsString(parameters, "SCHEDULER", context) or "").strip() \
            if self.parameterDefinition("SCHEDULER") is not None else ""
        if not scheduler:
            scheduler = str(QgsSettings().value(SCHEDULER_KEY, "") or "").strip()
        if scheduler and feedback is not None:
            feedback.pushInfo(self.tr("Pieces run on the Dask cluster at {address}.").format(
                address=scheduler))
        return workers, scheduler

    def text_encoding(self, parameters, context):
        """The codec the user chose for text tables, or None for UTF-8 (or no choice)."""
        if self.parameterDefinition("ENCODING") is None:
            return None
        index = self.parameterAsEnum(parameters, "ENCODING", context)
        codec = TEXT_ENCODINGS[index][0] if 0 <= index < len(TEXT_ENCODINGS) else "UTF-8"
        return None if codec == "UTF-8" else codec

    def _table_in_encoding(self, parameters, name, context):
        """The table parameter's file opened again with the chosen encoding (a text table
        read by OGR), or None when there is nothing to decode differently."""
        codec = self.text_encoding(parameters, context)
        if codec is None or parameters.get(name) in (None, ""):
            return None
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is None or layer.providerType() != "ogr" or \
                not layer.source().split("|")[0].lower().endswith(guards.TEXT_TABLES):
            return None
        reopened = QgsVectorLayer(layer.source(), layer.name(), "ogr")
        reopened.setProviderEncoding(codec)
        return reopened if reopened.isValid() else None

    # -- outputs ---------------------------------------------------------------------

    def sink(self, parameters, name, context, fields, wkb_type=QgsWkbTypes.Type.NoGeometry,
             crs=None, style=None):
        """A feature sink that is removed again if the run fails afterwards."""
        sink, dest = self.parameterAsSink(parameters, name, context, fields, wkb_type,
                                          crs or QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        self._created.append([sink, dest])
        self._sink_fields[dest] = fields.names()
        if style is not None:
            self._styles.append((dest, style))
        return sink, dest

    def write_features(self, sink, features, progress=None):
        """Add features in chunks, so progress moves and cancel is honoured."""
        chunk = 2000
        for start in range(0, len(features), chunk):
            if progress is not None:
                progress.set(start / max(1, len(features)))
            if not sink.addFeatures(features[start:start + chunk], QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Could not write features: %s")
                                             % sink.lastError())

    def write_table(self, parameters, name, context, columns, progress=None, style=None):
        """A geometry-less table from ordered (field name, values, FieldType) columns."""
        fields = QgsFields()
        for col, values, kind in columns:
            fields.append(field_for(col, kind))
        n = len(columns[0][1]) if columns else 0
        feats = []
        for i in range(n):
            f = QgsFeature(fields)
            f.setAttributes([to_attr(values[i]) for _, values, _ in columns])
            feats.append(f)
        sink, dest = self.sink(parameters, name, context, fields, style=style)
        self.write_features(sink, feats, progress)
        return dest

    def register_file(self, path):
        """A plain file output (an HTML report): removed if the run fails afterwards."""
        self._created.append([None, path])

    def raster_in(self, parameters, name, context, band=1, align_to=None):
        """A raster parameter read by blocks; aligned (nearest neighbour) to another grid."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidRasterError(parameters, name))
        return grids.RasterIn(layer.source(), band, layer.name(), align_to)

    def raster_out(self, parameters, name, context, like, dtype, nodata):
        """A new raster on the grid of ``like``, written into a temporary sibling file and
        moved into place by commit_raster; removed if the run fails before."""
        path = self.parameterAsOutputLayer(parameters, name, context)
        driver = QgsRasterFileWriter.driverForExtension(os.path.splitext(path)[1]) or "GTiff"
        out = grids.RasterOut(path, like, dtype, nodata, driver)
        self._created.append([out, out.tmp])
        return out

    def write_raster_file(self, path, like, grid, dtype=np.float32, nodata=-9999.0):
        """A whole grid to a GeoTIFF outside the declared outputs (a folder of per-pair or
        per-source maps); removed if the run fails."""
        out = grids.RasterOut(path, like, dtype, nodata)
        self._created.append([out, out.tmp])
        out.write_all(grid)
        return self.commit_raster(out)

    def commit_raster(self, out, style=None):
        """Move a finished raster into place; style it when the run ends."""
        out.commit()
        for entry in self._created:
            if entry[0] is out:
                entry[0], entry[1] = None, out.path
        if style is not None:
            self._styles.append((out.path, style))
        return out.path

    def _close_sinks(self):
        for entry in self._created:
            if entry[0] is not None:
                entry[0].flushBuffer()
                entry[0] = None  # dropping the last reference closes the file

    def _apply_styles(self, context, feedback):
        for dest, style in self._styles:
            if context.willLoadLayerOnCompletion(dest):
                details = context.layerToLoadOnCompletionDetails(dest)
                details.setPostProcessor(_StylePostProcessor(style))
            save_style_beside(dest, style, feedback)

    def _rollback(self, context):
        """Close and delete every output this run created: no half-written results."""
        for entry in self._created:
            if isinstance(entry[0], grids.RasterOut):
                entry[0].discard()
            entry[0] = None
        for _, dest in self._created:
            remove_output(dest, context)
        self._created = []
        grids.discard_pending()  # one created but not yet registered when a signal came


def raster_or_polygons(alg, parameters, context, raster_name, polygons_name, optional=False):
    """The layer of a pair of parameters that take one input either as a raster or as
    polygons: (layer, is_raster), or (None, False) when neither is given and optional.

    The two are separate parameters because QGIS's field widget crashes when the parent of
    a field parameter holds a raster; the polygons parameter is always a vector layer. A
    vector layer given to the raster parameter (models and scripts written before the
    split, when one parameter took both) is still taken as the polygons.
    """
    raster = alg.parameterAsLayer(parameters, raster_name, context) \
        if parameters.get(raster_name) not in (None, "") else None
    polygons = alg.parameterAsVectorLayer(parameters, polygons_name, context) \
        if parameters.get(polygons_name) not in (None, "") else None
    if raster is not None and polygons is not None:
        raise QgsProcessingException(alg.tr(
            "Give either {raster} (a raster) or {polygons} (polygons), not both.").format(
                raster=raster_name, polygons=polygons_name))
    layer = raster if raster is not None else polygons
    if layer is None:
        if parameters.get(raster_name) not in (None, "") or \
                parameters.get(polygons_name) not in (None, ""):
            raise QgsProcessingException(alg.tr(
                "{name} could not be opened as a layer: check the path.").format(
                    name=raster_name if raster is None and parameters.get(raster_name)
                    not in (None, "") else polygons_name))
        if optional:
            return None, False
        raise QgsProcessingException(alg.tr(
            "Give {raster} (a raster) or {polygons} (polygons).").format(
                raster=raster_name, polygons=polygons_name))
    if not layer.isValid():
        raise QgsProcessingException(alg.tr("Layer '{name}' is not valid.").format(
            name=layer.name()))
    if isinstance(layer, QgsVectorLayer) and layer.geometryType() != GeometryType.Polygon:
        raise QgsProcessingException(alg.tr(
            "Layer '{name}' must hold polygons (or give a raster in {raster}).").format(
                name=layer.name(), raster=raster_name))
    return layer, isinstance(layer, QgsRasterLayer)


def require_memory(need, message):
    """Refuse, before allocating, a run whose estimate exceeds the free memory. message
    holds {need} and {free} (GB) and says what to do instead."""
    free = grids.available_memory()
    if free is not None and need > free:
        raise QgsProcessingException(message.format(need=need / 1e9, free=free / 1e9))


def remove_output(dest, context):
    """Delete a file output (and its side files) or drop a temporary memory layer."""
    if not dest:
        return
    layer = context.temporaryLayerStore().mapLayer(dest) if context else None
    if layer is not None:
        context.temporaryLayerStore().removeMapLayer(dest)
        return
    path = dest.split("|")[0]
    if path.startswith("memory:") or not os.path.isfile(path):
        return
    base = os.path.splitext(path)[0]
    for p in (path, base + ".qml", path + ".aux.xml", base + ".prj", base + ".cpg",
              path + "-wal", path + "-shm", path + "-journal"):
        if os.path.exists(p):
            os.remove(p)
    if path.lower().endswith(".shp"):
        for ext in (".shx", ".dbf"):
            if os.path.exists(base + ext):
                os.remove(base + ext)


# -- styles ----------------------------------------------------------------------------

def categorized_style(field, classes):
    """A style function: categories (value, label, '#rrggbb') on a field."""
    def apply(layer):
        if not isinstance(layer, QgsVectorLayer):
            return
        cats = []
        for value, label, colour in classes:
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            if symbol is None:  # a table without geometry has nothing to draw
                return
            symbol.setColor(QColor(colour))
            cats.append(QgsRendererCategory(value, symbol, str(label)))
        layer.setRenderer(QgsCategorizedSymbolRenderer(field, cats))
    return apply


def paletted_style(classes, band=1):
    """A style function for a class raster: (value, label, '#rrggbb')."""
    def apply(layer):
        if not isinstance(layer, QgsRasterLayer):
            return
        items = [QgsPalettedRasterRenderer.Class(int(v), QColor(c), str(lbl))
                 for v, lbl, c in classes]
        layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), band, items))
    return apply


def pseudocolor_style(vmin, vmax, colours, band=1, stops=None, unit="",
                      zero_transparent=False):
    """A style function: a continuous colour ramp over a raster band, from vmin to vmax in
    even steps, or through the given stop values (one per colour, e.g. a quantile ramp).
    unit goes into the legend labels; zero_transparent leaves cells of exactly 0 undrawn
    (the cells of a current map that are off the circuit's graph)."""
    def apply(layer):
        if not isinstance(layer, QgsRasterLayer):
            return
        if stops is not None:
            values = [float(v) for v in stops]
        else:
            lo, hi = float(vmin), float(vmax) if vmax > vmin else float(vmin) + 1.0
            values = [lo + (hi - lo) * i / (len(colours) - 1) for i in range(len(colours))]
        suffix = " " + unit if unit else ""
        items = [QgsColorRampShader.ColorRampItem(v, QColor(c), "%.4g%s" % (v, suffix))
                 for v, c in zip(values, colours)]
        ramp_shader = QgsColorRampShader(values[0], values[-1])
        ramp_shader.setColorRampType(QgsColorRampShader.Type.Interpolated)
        ramp_shader.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(ramp_shader)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
        renderer.setClassificationMin(values[0])
        renderer.setClassificationMax(values[-1])
        if zero_transparent:
            renderer.setRasterTransparency(_zero_transparency())
        layer.setRenderer(renderer)
    return apply


def _zero_transparency():
    """Raster transparency that hides cells of exactly 0."""
    pixel = QgsRasterTransparency.TransparentSingleValuePixel
    try:  # QGIS >= 3.38: (minimum, maximum, opacity)
        value = pixel(0.0, 0.0, 0.0)
    except TypeError:  # earlier: fields min, max and percentTransparent
        value = pixel()
        value.min, value.max, value.percentTransparent = 0.0, 0.0, 100.0
    transparency = QgsRasterTransparency()
    transparency.setTransparentSingleValuePixelList([value])
    return transparency


def save_style_beside(dest, style, feedback=None):
    """Write <output>.qml beside a file output so it opens styled anywhere (qgis_process)."""
    path = dest.split("|")[0]
    if not os.path.isfile(path):
        return  # memory layers are styled by the post-processor only
    is_raster = grids.is_raster(path)
    aux = path + ".aux.xml"
    had_aux = os.path.exists(aux)
    layer = QgsRasterLayer(path, "out") if is_raster else QgsVectorLayer(dest, "out", "ogr")
    if not layer.isValid():
        return
    style(layer)
    if not is_raster and path.lower().endswith(".gpkg"):
        # the style also goes into the GeoPackage, which QGIS reads before any .qml, so a
        # raster output of the same name (its .qml) cannot restyle this layer
        save_style_to_database(layer, layer.name(), "EcoSecurity", True)
    message, ok = layer.saveNamedStyle(os.path.splitext(path)[0] + ".qml")
    del layer
    if is_raster and not had_aux and os.path.exists(aux):
        os.remove(aux)  # statistics QGIS cached while opening it, not part of the result
    if not ok and feedback is not None:
        feedback.pushWarning(tr("Could not write the style beside %s: %s") % (path, message))
