"""Runs the corridors workflow (ecosecurity:corridors) through its dialog as a user would:
the dialog filled, Run pressed, the outputs loaded into the project by Processing. Prints
each loaded layer with its renderer, and renders the current map to a PNG. Run in a
subprocess by test_desktop.py.

usage: desktop_run.py PLUGINS_DIR SOURCES.tif RESISTANCE.tif OUT_DIR
"""
import sys
import time

import desktop_app
from qgis.core import (QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsProject)
from qgis.PyQt.QtCore import QSize


def main():
    plugins, sources, resistance, out = sys.argv[1:5]
    app, provider = desktop_app.start(plugins)
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecosecurity:corridors")
    dlg = AlgorithmDialog(alg)
    dlg.show()
    dlg.setParameters({"sources": sources, "resistance": resistance, "corridor_width": 300,
                       "corridors:links": out + "/links.gpkg",
                       "corridors:corridors": out + "/corridors.tif",
                       "current:current": out + "/current.tif",
                       "current:effective_resistances": out + "/resistances.csv"})
    app.processEvents()
    dlg.runAlgorithm()
    start = time.time()
    while len(QgsProject.instance().mapLayers()) < 4 and time.time() - start < 120:
        app.processEvents()
        time.sleep(0.05)
    for _ in range(20):
        app.processEvents()
    for layer in QgsProject.instance().mapLayers().values():
        renderer = layer.renderer()
        colour = ",".join(renderer.symbol().symbolLayer(i).color().name()
                          for i in range(renderer.symbol().symbolLayerCount())) \
            if hasattr(renderer, "symbol") else ""
        print("LAYER", layer.source().split("|")[0], type(renderer).__name__, colour,
              flush=True)
        if layer.source().endswith("current.tif"):
            settings = QgsMapSettings()
            settings.setLayers([layer])
            settings.setExtent(layer.extent())
            settings.setOutputSize(QSize(240, 160))
            job = QgsMapRendererSequentialJob(settings)
            job.start()
            job.waitForFinished()
            job.renderedImage().save(out + "/current.png")
    dlg.close()
    dlg.deleteLater()
    app.processEvents()
    QgsProject.instance().clear()
    QgsApplication.processingRegistry().removeProvider(provider)
    print("DONE", flush=True)
    app.exitQgis()


if __name__ == "__main__":
    main()
