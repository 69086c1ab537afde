"""`make screenshots`: PNGs of the plugin as a QGIS desktop user meets it, for the README.

Writes into docs/screenshots/ (or the folder given as the first argument):
  toolbox.png   the Processing toolbox with the EcoSecurity provider expanded
  dialog.png    one tool's dialog (ECOSECURITY_DIALOG, default ecosecurity:circuitscape)
  modeler.png   the ecological security network model in the Graphical Modeler
  network.png   the Corsica network from `make demo` drawn with its styles and a legend
  toolbox_zh_CN.png, dialog_zh_CN.png   the toolbox and dialog with QGIS set to Chinese

Runs a QGIS application with widgets (QT_QPA_PLATFORM=offscreen or an X server such as
Xvfb). Processing's toolbox and modeler read `qgis.utils.iface`, which only the QGIS desktop
sets; a small stand-in gives them what they ask for. Environment: QGIS_PLUGINPATH (a folder
holding the plugin as `ecosecurity`), DEMO_OUT (the `make demo` output folder).
This script is not part of the installed plugin.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsFillSymbol, QgsLayoutExporter, QgsLayoutItemLabel,
                       QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutPoint, QgsLayoutSize,
                       QgsMapLayerLegendUtils, QgsPrintLayout, QgsProcessingModelAlgorithm,
                       QgsProject, QgsRasterLayer, QgsSettings, QgsUnitTypes,
                       QgsVectorLayer)
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import QObject, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QImage
from qgis.PyQt.QtWidgets import QMainWindow

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SAMPLE_UNITS = os.path.join(REPO, "resources", "sample", "corsica",
                            "admin.gpkg") + "|layername=gisco_adm_corsica"
MODEL = os.path.join(REPO, "resources", "models", "ecological_security_network.model3")
SIZE = QSize(1280, 900)  # the toolbox window: tall enough for every EcoSecurity group

# the Corsica demo outputs drawn on the map, top to bottom: (file, legend name); the barrier
# score is left out (it would hide the pinch points), the areas to restore come from it
NETWORK_LAYERS = [
    ("corsica_links.gpkg", "Least-cost links"),
    ("corsica_sources.gpkg", "Ecological sources"),
    ("corsica_protect_areas.gpkg", "Key areas to protect"),
    ("corsica_restore_areas.gpkg", "Key areas to restore"),
    ("corsica_pinch_points.tif", "Pinch points"),
    ("corsica_corridors.tif", "Least-cost corridors"),
    ("corsica_resistance.tif", "Resistance"),
]


class StandInIface(QObject):
    """What Processing's toolbox, dialogs and modeler call on the QGIS desktop's iface."""
    currentLayerChanged = pyqtSignal(object)

    def __init__(self):
        super().__init__()
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.bar = QgsMessageBar(self.window)

    def mainWindow(self):
        return self.window

    def mapCanvas(self):
        return self.canvas

    def messageBar(self):
        return self.bar

    def activeLayer(self):
        return None

    def browserModel(self):
        return None

    def iconSize(self, dockedToolbar=False):
        return QSize(16, 16) if dockedToolbar else QSize(24, 24)


def settle(app, rounds=20):
    for _ in range(rounds):
        app.processEvents()


def save(widget, path):
    # RGB without alpha: a window has no transparency, and the file is smaller
    image = widget.grab().toImage().convertToFormat(QImage.Format_RGB888)
    if not image.save(path, "PNG", 0):  # quality 0: the strongest zlib compression
        raise SystemExit("could not write " + path)
    print("%s (%d x %d)" % (path, image.width(), image.height()))


def network_layers(demo):
    """The styled Corsica demo outputs, top to bottom."""
    layers = []
    for name, title in NETWORK_LAYERS:
        source = os.path.join(demo, name)
        if not os.path.exists(source):
            raise SystemExit("%s is missing: run `make demo` first" % source)
        layer = (QgsVectorLayer(source, title, "ogr") if name.endswith(".gpkg")
                 else QgsRasterLayer(source, title))
        if not layer.isValid():
            raise SystemExit("cannot read " + source)
        layer.loadDefaultStyle()  # the .qml each tool writes beside its output
        layers.append(layer)
    # both key-area outputs open in the same red: tell them apart on this map
    for layer, colour in zip(layers[2:4], (QColor(33, 102, 172), QColor(255, 127, 0))):
        layer.renderer().symbol().setColor(colour)
    return layers


def drop_band_labels(legend):
    """Keep only the colour ramps of rasters in the legend, not the "Band 1 (Gray)" line."""
    model = legend.model()
    for node in model.rootGroup().findLayers():
        nodes = model.layerLegendNodes(node)
        keep = [i for i, n in enumerate(nodes)
                if not str(n.data(Qt.ItemDataRole.DisplayRole) or "").startswith("Band ")]
        if len(keep) < len(nodes):
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
            model.refreshLayerLegend(node)


def toolbox_shot(app, iface, layers, path):
    """The toolbox docked beside a map canvas, as in the QGIS window."""
    from processing.gui.ProcessingToolbox import ProcessingToolbox
    # the island's units in flat grey stand under the network instead of the resistance
    # and the corridors (last two), whose fine gradients would make the PNG much larger
    units = QgsVectorLayer(SAMPLE_UNITS, "Administrative units", "ogr")
    units.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "235,235,235", "outline_color": "130,130,130", "outline_width": "0.3"}))
    QgsProject.instance().addMapLayer(units)
    iface.canvas.setLayers(layers[:-2] + [units])
    iface.canvas.setDestinationCrs(layers[-1].crs())
    toolbox = ProcessingToolbox()
    iface.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, toolbox)
    iface.window.resize(SIZE)
    iface.window.show()
    iface.window.resizeDocks([toolbox], [480], Qt.Orientation.Horizontal)
    settle(app)
    tree = toolbox.algorithmTree
    model = tree.model()
    provider = None
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        tree.setExpanded(index, False)
        if model.data(index) == "EcoSecurity":
            provider = index
    if provider is None:
        raise SystemExit("the EcoSecurity provider is not in the toolbox")
    tree.expandRecursively(provider)
    for _ in range(2):  # the tree lays its rows out late: scroll once they exist
        settle(app)
        tree.scrollTo(provider, tree.PositionAtTop)
    tree.setCurrentIndex(provider)
    extent = layers[-1].extent()
    extent.scale(1.05)
    iface.canvas.setExtent(extent)
    iface.canvas.refresh()
    settle(app)
    iface.canvas.waitWhileRendering()
    settle(app)
    save(iface.window, path)
    iface.window.hide()
    iface.window.removeDockWidget(toolbox)  # a later shot docks its own toolbox
    toolbox.deleteLater()
    QgsProject.instance().removeMapLayer(units)
    settle(app)


def dialog_shot(app, algorithm_id, values, path):
    """The tool's dialog with `values` ({parameter: value}, unknown names ignored) filled."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    alg = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    if alg is None:
        raise SystemExit("no algorithm " + algorithm_id)
    dialog = AlgorithmDialog(alg)
    dialog.mainWidget().setParameters(values)
    dialog.resize(QSize(1100, 760))
    dialog.show()
    settle(app)
    save(dialog, path)
    dialog.close()


def modeler_shot(app, path):
    from processing.modeler.ModelerDialog import ModelerDialog
    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(MODEL):
        raise SystemExit("cannot read " + MODEL)
    model.setSourceFilePath(MODEL)
    dialog = ModelerDialog.create(model)
    dialog.resize(QSize(1600, 1000))
    dialog.show()
    settle(app)
    view = dialog.view()
    # the scene starts at (0, 0), the inputs column may lie left of it: widen it to the items
    shown = view.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
    view.scene().setSceneRect(view.scene().sceneRect().united(shown))
    view.fitInView(shown, Qt.AspectRatioMode.KeepAspectRatio)
    settle(app)
    save(dialog, path)
    dialog.close()


def network_shot(project, layers, path):
    """A print layout: the map of the styled demo outputs and their legend."""
    project.setCrs(layers[-1].crs())
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(215, 240, QgsUnitTypes.LayoutMillimeters))
    title = QgsLayoutItemLabel(layout)
    title.setText("Corsica: the ecological security network of make demo")
    title.setFont(QFont("DejaVu Sans", 16))
    title.attemptMove(QgsLayoutPoint(8, 6))
    title.attemptResize(QgsLayoutSize(200, 12))
    layout.addLayoutItem(title)
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.setLayers(layers)
    item.setCrs(layers[-1].crs())
    extent = layers[-1].extent()
    extent.scale(1.02)
    # a new map item's extent is empty and zoomToExtent cannot scale it; setExtent needs a
    # size and refits the item's height to the extent, so the size is set again after it
    item.attemptMove(QgsLayoutPoint(8, 20))
    item.attemptResize(QgsLayoutSize(112, 212))
    item.setExtent(extent)
    item.attemptResize(QgsLayoutSize(112, 212))
    item.zoomToExtent(extent)
    item.setFrameEnabled(True)
    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(item)
    legend.setTitle("")
    layout.addLayoutItem(legend)
    legend.setAutoUpdateModel(False)
    drop_band_labels(legend)
    legend.attemptMove(QgsLayoutPoint(128, 20))
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 100
    settings.exportMetadata = False  # a PNG takes no georeferencing metadata
    result = QgsLayoutExporter(layout).exportToImage(path, settings)
    if result != QgsLayoutExporter.Success:
        raise SystemExit("layout export failed (%d)" % result)
    print(path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "screenshots")
    demo = os.environ.get("DEMO_OUT") or os.path.join(REPO, "build", "demo")
    os.makedirs(out, exist_ok=True)
    app = QgsApplication([], True)
    app.initQgis()
    import qgis.utils
    iface = StandInIface()
    qgis.utils.iface = iface  # before any processing.gui import, which copies it
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])
    from ecosecurity import classFactory
    plugin = classFactory(iface)  # as QGIS loads it; the plugin object holds the provider
    plugin.initProcessing()
    layers = network_layers(demo)
    QgsProject.instance().addMapLayers(layers)
    toolbox_shot(app, iface, layers, os.path.join(out, "toolbox.png"))
    by_title = {layer.name(): layer.source() for layer in layers}
    dialog_shot(app, os.environ.get("ECOSECURITY_DIALOG", "ecosecurity:circuitscape"),
                {"RESISTANCE": by_title["Resistance"],
                 "FOCAL_POLYGONS": by_title["Ecological sources"]},
                os.path.join(out, "dialog.png"))
    modeler_shot(app, os.path.join(out, "modeler.png"))
    network_shot(QgsProject.instance(), layers, os.path.join(out, "network.png"))
    # the same toolbox and dialog with QGIS set to Simplified Chinese: the plugin reads the
    # language when its provider is created
    plugin.unload()
    QgsSettings().setValue("locale/userLocale", "zh_CN")
    plugin.initProcessing()
    toolbox_shot(app, iface, layers, os.path.join(out, "toolbox_zh_CN.png"))
    dialog_shot(app, os.environ.get("ECOSECURITY_DIALOG", "ecosecurity:circuitscape"),
                {"RESISTANCE": by_title["Resistance"],
                 "FOCAL_POLYGONS": by_title["Ecological sources"]},
                os.path.join(out, "dialog_zh_CN.png"))
    QgsSettings().remove("locale/userLocale")
    # tear down before the interpreter does, in QGIS's order, or Python's garbage
    # collection deletes widgets and layers after the application that owns them
    iface.window.close()
    QgsProject.instance().clear()
    plugin.unload()
    del layers
    app.exitQgis()


if __name__ == "__main__":
    main()
