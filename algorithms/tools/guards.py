"""Checks every tool runs on its parameters before any work (QGIS side; called by
base.EcoAlgorithm.processAlgorithm): outputs that would overwrite an input, output folders
that do not exist, and text tables that are not UTF-8. Each failure is an EcoError naming
the parameter and the file."""
import codecs
import os
import tempfile

from qgis.core import (QgsProcessingOutputLayerDefinition,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorLayer, QgsProperty)
from qgis.PyQt.QtCore import QCoreApplication, QUrl, QUrlQuery

from ..errors import EcoError

TEXT_TABLES = (".csv", ".txt", ".tsv", ".tab")
UTF8_NAMES = ("", "utf-8", "utf8", "system")
CHUNK = 1 << 20


def tr(text):
    return QCoreApplication.translate("EcoSecurity", text)


def check_run(alg, parameters, context):
    """Refuse a run whose inputs or outputs are unusable, before any work starts."""
    inputs = {}
    # a text table in the encoding the user chose (ENCODING) is decoded as told
    chosen = alg.text_encoding(parameters, context) if hasattr(alg, "text_encoding") else None
    for definition in alg.parameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        for path, encoding in _input_files(alg, definition, parameters, context):
            inputs.setdefault(_same_file_key(path), name)
            if path.lower().endswith(TEXT_TABLES) and encoding.lower() in UTF8_NAMES and \
                    chosen is None:
                require_utf8(path, name)
    for definition in alg.destinationParameterDefinitions():
        name = definition.name()
        path = _destination(parameters.get(name), context)
        if not path:
            continue
        if _same_file_key(path) in inputs:
            raise EcoError(tr("%s would overwrite the input %s (%s); choose another file.")
                           % (name, inputs[_same_file_key(path)], path))
        folder = path if isinstance(definition, QgsProcessingParameterFolderDestination) \
            else os.path.dirname(os.path.abspath(path))
        parent = folder if not isinstance(definition, QgsProcessingParameterFolderDestination) \
            else os.path.dirname(os.path.abspath(folder))
        if not os.path.isdir(parent):
            raise EcoError(tr("The folder of %s does not exist: %s. Create it first or choose "
                              "another place.") % (name, parent))
        if not writable(parent):
            raise EcoError(tr("The folder of %s cannot be written: %s (read-only or without "
                              "permission). Choose another place.") % (name, parent))


def writable(folder):
    """Whether a file can be created in folder: tried, not guessed. os.access says yes to
    root for any folder whose mode bits say no (root can indeed write there) but also cannot
    see ACLs or the rules of network file systems; a probe file, removed at once, can."""
    try:
        handle, probe = tempfile.mkstemp(prefix=".ecosecurity-", suffix=".probe", dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.remove(probe)
    return True


def empty_input(alg, parameters):
    """The message for an input file of 0 bytes (QGIS would call it 'not found'), or None.
    Checked with the parameter values, before QGIS tries to load the layers."""
    for definition in alg.parameterDefinitions():
        if definition.isDestination():
            continue
        name = definition.name()
        for path in _paths_in(parameters.get(name)):
            if os.path.isfile(path) and os.path.getsize(path) == 0:
                return tr("%s: the file %s is empty (0 bytes).") % (name, path)
    return None


def require_utf8(path, name):
    """A text table must decode as UTF-8; otherwise an EcoError naming the file and the
    first byte that does not, rather than names silently turned into U+FFFD."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset, line = 0, 1
    try:
        with open(path, "rb") as handle:
            while True:
                chunk = handle.read(CHUNK)
                try:
                    decoder.decode(chunk, final=not chunk)
                except UnicodeDecodeError as err:
                    bad = offset + err.start
                    handle.seek(0)
                    line = handle.read(bad).count(b"\n") + 1
                    raise EcoError(tr(
                        "%s: the file %s is not UTF-8 text (byte 0x%02X on line %d cannot be "
                        "read as UTF-8; it may be GBK/GB18030, Big5, Latin-1 or another "
                        "legacy encoding). Re-save it as UTF-8 (in a spreadsheet: 'CSV "
                        "UTF-8'), or give its encoding where the tool offers an ENCODING "
                        "choice.") % (name, path, chunk[err.start], line)) from None
                if not chunk:
                    return
                offset += len(chunk)
    except OSError:
        return  # unreadable files are reported by the provider that opens them


def _input_files(alg, definition, parameters, context):
    """(path, encoding) of the files behind an input parameter."""
    name = definition.name()
    if isinstance(definition, QgsProcessingParameterFile):
        path = alg.parameterAsFile(parameters, name, context)
        return [(path, "")] if path and os.path.isfile(path) else []
    if isinstance(definition, QgsProcessingParameterMultipleLayers):
        layers = alg.parameterAsLayerList(parameters, name, context) or []
    elif isinstance(definition, (QgsProcessingParameterFeatureSource,
                                 QgsProcessingParameterVectorLayer,
                                 QgsProcessingParameterRasterLayer)) or \
            definition.type() == "layer":
        layer = alg.parameterAsLayer(parameters, name, context)
        layers = [layer] if layer is not None else []
    else:
        return []
    out = []
    for layer in layers:
        path = _layer_file(layer)
        if path:
            provider = layer.dataProvider() if hasattr(layer, "dataProvider") else None
            encoding = provider.encoding() if provider is not None and \
                hasattr(provider, "encoding") else ""
            out.append((path, encoding or ""))
    return out


def _paths_in(value):
    """Local file paths written directly in a parameter value (a path or a list of them)."""
    values = value if isinstance(value, (list, tuple)) else [value]
    return [v.split("|")[0] for v in values if isinstance(v, str) and v]


def _layer_file(layer):
    """The local file of a layer (OGR/GDAL path or delimited-text URL), or None."""
    source = layer.source()
    if source.startswith("file:"):
        url = QUrl(source)
        if QUrlQuery(url).hasQueryItem("encoding"):
            return None  # the delimited-text provider decodes it as told
        source = url.toLocalFile()
    path = source.split("|")[0]
    return path if os.path.isfile(path) else None


def _destination(value, context):
    """The file path of a destination parameter's value, or None for temporary outputs."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue() if value.propertyType() == QgsProperty.StaticProperty \
            else None
    if not isinstance(value, str) or not value:
        return None
    if value.startswith(("memory:", "TEMPORARY_OUTPUT", "ogr:", "postgres:", "postgis:")):
        return None
    return value.split("|")[0]


def _same_file_key(path):
    path = os.path.abspath(path)
    try:
        return os.path.realpath(path)
    except OSError:
        return path


def report_written(results, fields_by_dest, feedback):
    """Outputs as written: a file the format named otherwise (a Shapefile table without
    geometry is its .dbf only) is reported under its real name, field names the format
    changed (a Shapefile keeps 10 characters) are listed in a warning, and a reported file
    that does not exist is an error rather than a result."""
    from osgeo import ogr
    for key, value in list(results.items()):
        if not isinstance(value, str) or value not in fields_by_dest:
            continue
        path = value.split("|")[0]
        if not os.path.isabs(path):
            continue  # a temporary layer of the project
        if not os.path.exists(path):
            dbf = os.path.splitext(path)[0] + ".dbf"
            if path.lower().endswith(".shp") and os.path.exists(dbf):
                feedback.pushWarning(tr("%s: the Shapefile format writes a table without "
                                        "geometry as %s only.") % (key, dbf))
                results[key] = path = dbf
            else:
                raise EcoError(tr("%s was not written: %s does not exist.") % (key, path))
        ds = ogr.Open(path)
        if ds is None or ds.GetLayerCount() == 0:
            continue
        defn = ds.GetLayer(0).GetLayerDefn()
        written = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        asked = fields_by_dest[value]
        changed = ["'%s' as '%s'" % (a, w) for a, w in zip(asked, written) if a != w]
        if changed and len(written) == len(asked):
            feedback.pushWarning(tr("%s: the format could not keep every field name; written: "
                                    "%s.") % (key, "; ".join(changed)))
    return results
