"""A QGIS project (.qgz) holding a workflow's outputs: each layer styled from the .qml
written beside it, in named groups, drawn points and lines above polygons above rasters.

Used by `make demo` (resources/sample/demo_projects.py) and by the workflow tools'
OUTPUT_PROJECT (algorithms/workflows/tools/publish.py).
"""
import os
import re

from qgis.core import (QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer)

from .. import grids
from .compat import GeometryType

# drawing rank (lower is drawn on top)
_RANK = {GeometryType.Point: 0, GeometryType.Line: 1,
         GeometryType.Polygon: 2}
RASTER_RANK = 3


class Entry:
    """One layer of the project: its file, the name shown, its group, whether it starts
    visible, and an optional style function used instead of the .qml beside the file (an
    input such as administrative units has none)."""

    def __init__(self, path, name, group, visible=True, style=None):
        # style, when given, replaces the .qml (e.g. key areas to protect in green where the
        # key-area tool writes red)
        self.path, self.name, self.group = path, name, group
        self.visible, self.style = visible, style


def style_path(path):
    """The .qml the tools write beside a file output."""
    return os.path.splitext(path.split("|")[0])[0] + ".qml"


def open_layer(path, name):
    """A raster or vector layer of a file (a GeoPackage's first layer, or path|layername=)."""
    if grids.is_raster(path.split("|")[0]):
        return QgsRasterLayer(path, name)
    return QgsVectorLayer(path, name, "ogr")


def rank(layer):
    if isinstance(layer, QgsVectorLayer):
        return _RANK.get(layer.geometryType(), -1)  # tables have no drawing: first
    return RASTER_RANK


def build(path, entries, title=None, missing_ok=True):
    """Write the project at path (.qgz) with the entries' layers, paths stored relative to
    the project. Groups appear in the order of their first entry. Returns the layers loaded
    (name -> layer id); entries whose file does not exist are skipped when missing_ok."""
    project = QgsProject()
    project.setFileName(path)
    if title:
        project.setTitle(title)
    root = project.layerTreeRoot()
    groups, layers = {}, []
    for k, entry in enumerate(entries):
        if not os.path.exists(entry.path.split("|")[0]):
            if missing_ok:
                continue
            raise FileNotFoundError(entry.path)
        layer = open_layer(entry.path, entry.name)
        if not layer.isValid():
            raise ValueError("%s could not be opened as a layer" % entry.path)
        qml = style_path(entry.path)
        if entry.style is not None:
            entry.style(layer)
        elif os.path.exists(qml):
            message, ok = layer.loadNamedStyle(qml)
            if not ok:
                raise ValueError("%s: %s" % (qml, message))
        project.addMapLayer(layer, False)
        if entry.group not in groups:
            groups[entry.group] = root.addGroup(entry.group)
        node = groups[entry.group].addLayer(layer)
        node.setItemVisibilityChecked(entry.visible)
        node.setExpanded(False)
        layers.append((rank(layer), k, layer))
    # within each group, the legend follows the drawing order too
    for group in groups.values():
        children = sorted(group.findLayers(), key=lambda n: rank(n.layer()))
        for n, child in enumerate(children):
            clone = child.clone()
            group.insertChildNode(n, clone)
            group.removeChildNode(child)
    # drawing order across groups: points and lines, then polygons, then rasters
    ordered = [layer for _, _, layer in sorted(layers, key=lambda t: (t[0], t[1]))]
    root.setHasCustomLayerOrder(True)
    root.setCustomLayerOrder(ordered)
    if ordered:
        project.setCrs(ordered[-1].crs())
    if not project.write():
        raise OSError("Could not write the project %s: %s" % (path, project.error()))
    return {layer.name(): layer.id() for layer in ordered}


def layer_styles_match(layer, style=None):
    """Whether a layer's symbology is the one of the .qml beside its file (or, given, of a
    style function applied to a fresh layer): the same XML once both are written out. For
    checks of a saved project."""
    from qgis.PyQt.QtXml import QDomDocument
    fresh = open_layer(layer.source(), layer.name())
    if style is not None:
        style(fresh)
    else:
        qml = style_path(layer.source())
        if not os.path.exists(qml) or not fresh.loadNamedStyle(qml)[1]:
            return False

    def text(lyr):
        doc = QDomDocument()
        lyr.exportNamedStyle(doc, categories=QgsMapLayer.Symbology)
        # QGIS 3.30+ gives every symbol layer a fresh random id, and 3.34+ every class of a
        # graduated or categorised renderer a fresh uuid: neither is part of the style. Nor
        # is the label format's trimtrailingzeroes: it only shapes labels QGIS would make
        # itself (ours are written out), and a saved project reads it back as true on 3.22
        # and false on 3.40 whatever was set
        text = re.sub(r' (?:id|uuid)="\{[0-9a-fA-F-]+\}"', "", doc.toString())
        return re.sub(r' trimtrailingzeroes="[01]"', "", text)
    return text(layer) == text(fresh)
