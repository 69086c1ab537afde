"""Map images drawn by QGIS's own renderer, for reports and checks of the styles."""
import base64
import html

from qgis.core import QgsMapRendererCustomPainterJob, QgsMapSettings
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from .compat import empty_extent


def render(layers, extent=None, width=800, height=None, background="#ffffff", crs=None,
           margin=0.0):
    """A QImage of the layers (first on top) drawn with their styles. The extent defaults to
    the layers' combined extent widened by margin (a fraction of its size), the height to
    the extent's aspect ratio. Drawn
    synchronously, so a Processing tool may call it from its worker thread."""
    layers = [lyr for lyr in layers if lyr is not None and lyr.isValid()]
    if not layers:
        raise ValueError("nothing to draw: no valid layer")
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs if crs is not None else layers[-1].crs())
    if extent is None:
        extent = empty_extent()
        for lyr in layers:
            extent.combineExtentWith(settings.layerExtentToOutputExtent(lyr, lyr.extent()))
        extent.scale(1.0 + margin)
    if height is None:
        ratio = extent.height() / extent.width() if extent.width() > 0 else 1.0
        height = max(1, int(round(width * ratio)))
    settings.setOutputSize(QSize(int(width), int(height)))
    settings.setExtent(extent)
    background = QColor(background)
    if background.isValid():
        settings.setBackgroundColor(background)
    else:
        settings.setBackgroundColor(QColor(0, 0, 0, 0))
    image = QImage(settings.outputSize(), QImage.Format_ARGB32_Premultiplied)
    image.fill(settings.backgroundColor())
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    return image


def png_data_uri(image):
    """A QImage as a data: URI, for an HTML page that holds its images."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def visible_layers(project):
    """The layers a project draws, top first: its layer order, checked layers only."""
    root = project.layerTreeRoot()
    order = root.customLayerOrder() if root.hasCustomLayerOrder() else root.layerOrder()
    return [lyr for lyr in order
            if root.findLayer(lyr.id()) is not None and root.findLayer(lyr.id()).isVisible()]


def legend_items(layer):
    """(label, '#rrggbb' or None) pairs of a layer's legend as its style draws it."""
    from qgis.core import QgsRasterLayer
    if isinstance(layer, QgsRasterLayer):
        return [(label, colour.name()) for label, colour in
                layer.renderer().legendSymbologyItems()] if layer.renderer() else []
    renderer = layer.renderer()
    if renderer is None:
        return []
    out = []
    for item in renderer.legendSymbolItems():
        out.append((item.label() or layer.name(), _symbol_colour(item.symbol())))
    return out


def _symbol_colour(symbol):
    """The colour a symbol shows: its top layer's fill, or its outline when unfilled."""
    from qgis.PyQt.QtCore import Qt
    if symbol is None or symbol.symbolLayerCount() == 0:
        return None
    top = symbol.symbolLayer(symbol.symbolLayerCount() - 1)
    if hasattr(top, "brushStyle") and top.brushStyle() == Qt.NoBrush:
        return top.strokeColor().name()
    return top.color().name()


def figure_html(image, layers, title, headings=True):
    """A map image (inside the page) with an HTML legend of its layers beside it."""
    def entries(layer):
        return "".join(
            "<div><span style='display:inline-block;width:14px;height:10px;margin:0 6px;"
            "background:%s;border:1px solid #999'></span>%s</div>" % (
                colour or "transparent", html.escape(label))
            for label, colour in legend_items(layer))
    legend = "".join("<div>%s%s</div>" % ("<b>%s</b>" % html.escape(layer.name())
                                          if headings else "", entries(layer))
                     for layer in layers)
    return ("<div style='display:flex;gap:1.5em;align-items:flex-start'><img alt='%s' "
            "src='%s'><div style='font-size:small'>%s</div></div>"
            % (html.escape(title), png_data_uri(image), legend))


def add_report_parameters(alg, title, width, output_text):
    """TITLE, MAP_WIDTH and OUTPUT_HTML, as every report tool names them (public API)."""
    from qgis.core import (QgsProcessingParameterFileDestination,
                           QgsProcessingParameterNumber, QgsProcessingParameterString)
    alg.addParameter(QgsProcessingParameterString("TITLE", "Title", title, optional=True))
    alg.addParameter(QgsProcessingParameterNumber(
        "MAP_WIDTH", "Map width (pixels)", QgsProcessingParameterNumber.Type.Integer, width,
        minValue=200, maxValue=4000))
    alg.addParameter(QgsProcessingParameterFileDestination(
        "OUTPUT_HTML", output_text, "HTML files (*.html)"))
