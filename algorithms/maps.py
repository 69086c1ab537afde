"""Map images drawn by QGIS's own renderer, for reports and checks of the styles."""
from qgis.core import (QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def render(layers, extent=None, width=800, height=None, background="#ffffff", crs=None):
    """A QImage of the layers (first on top) drawn with their styles. The extent defaults to
    the layers' combined extent, the height to the extent's aspect ratio."""
    layers = [lyr for lyr in layers if lyr is not None and lyr.isValid()]
    if not layers:
        raise ValueError("nothing to draw: no valid layer")
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs if crs is not None else layers[-1].crs())
    if extent is None:
        extent = QgsRectangle()
        extent.setMinimal()
        for lyr in layers:
            extent.combineExtentWith(settings.layerExtentToOutputExtent(lyr, lyr.extent()))
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
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def visible_layers(project):
    """The layers a project draws, top first: its layer order, checked layers only."""
    root = project.layerTreeRoot()
    order = root.customLayerOrder() if root.hasCustomLayerOrder() else root.layerOrder()
    return [lyr for lyr in order
            if root.findLayer(lyr.id()) is not None and root.findLayer(lyr.id()).isVisible()]
