"""Opens every EcoSecurity tool's dialog in a QGIS GUI application (offscreen) with the
given kinds of layer in the project, and puts each of those layers into every layer
parameter of the dialog. Run in a subprocess by test_desktop.py, since a crash inside
QGIS's widgets kills the process: the test then names the tool that was open.

usage: desktop_dialogs.py PLUGINS_DIR WORK_DIR KIND[,KIND...]   (KIND: raster polygon point)
"""
import sys

import numpy as np
from osgeo import gdal, osr
import desktop_app
from qgis.core import (QgsApplication, QgsFeature, QgsGeometry, QgsProcessingContext,
                       QgsProject, QgsRasterLayer, QgsVectorLayer)

LAYER_TYPES = {"raster", "vector", "source", "layer", "multilayer"}


def make_layers(work, kinds):
    layers = []
    if "raster" in kinds:
        path = work + "/dialog_raster.tif"
        ds = gdal.GetDriverByName("GTiff").Create(path, 20, 10, 1, gdal.GDT_Float32)
        ds.SetGeoTransform((4321000.0, 100.0, 0.0, 3210000.0, 0.0, -100.0))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(3035)
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(np.arange(200, dtype=np.float32).reshape(10, 20))
        ds = None
        layers.append(QgsRasterLayer(path, "raster"))
    for kind, wkt in (("polygon", "POLYGON((4321000 3209000, 4322000 3209000, "
                                  "4322000 3210000, 4321000 3209000))"),
                      ("point", "POINT(4321500 3209500)")):
        if kind in kinds:
            lyr = QgsVectorLayer("%s?crs=EPSG:3035&field=id:integer&field=name:string"
                                 % kind.capitalize(), kind, "memory")
            f = QgsFeature(lyr.fields())
            f.setGeometry(QgsGeometry.fromWkt(wkt))
            f.setAttributes([1, "a"])
            lyr.dataProvider().addFeatures([f])
            layers.append(lyr)
    for lyr in layers:
        assert lyr.isValid(), lyr.name()
        QgsProject.instance().addMapLayer(lyr)
    return layers


def set_value(wrapper, value, context):
    if hasattr(wrapper, "setParameterValue"):
        wrapper.setParameterValue(value, context)
    else:  # the Python wrappers of QGIS < 3.x that some parameter types still use
        wrapper.setValue(value)


def main():
    plugins, work, kinds = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    app, provider = desktop_app.start(plugins)
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    layers = make_layers(work, [k for k in kinds if k])
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    for alg in sorted(provider.algorithms(), key=lambda a: a.id()):
        print("OPEN", alg.id(), flush=True)
        dlg = AlgorithmDialog(alg.create())
        dlg.show()
        app.processEvents()
        panel = dlg.mainWidget()
        for name, wrapper in panel.wrappers.items():
            definition = alg.parameterDefinition(name)
            if definition is None or definition.type() not in LAYER_TYPES:
                continue
            for layer in layers:
                print("SET", alg.id(), name, layer.name(), flush=True)
                value = [layer] if definition.type() == "multilayer" else layer
                set_value(wrapper, value, context)
                app.processEvents()
        dlg.close()
        dlg.deleteLater()
        app.processEvents()
        print("OK", alg.id(), flush=True)
    QgsApplication.processingRegistry().removeProvider(provider)
    QgsProject.instance().clear()
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
