"""The Corsica sample reads in QGIS as EPSG:3035, with the cells and features it shipped with.

Two rasters used to carry an ETRS89-LAEA definition without its EPSG code ("Unknown CRS" in
QGIS); their CRS was rewritten in place (gdal_edit.py -a_srs EPSG:3035). The checksums below
were computed from the files as first committed (commit 12ca17c), before that change, so a
rewrite that touched a cell, the grid or a feature fails here."""
import hashlib
import sys

import pytest
from qgis.core import QgsRasterLayer, QgsVectorLayer

from conftest import SAMPLE
from helpers import read_raster

CORSICA = SAMPLE / "corsica"
GRID = (4195000.0, 100.0, 0.0, 2215000.000000001, 0.0, -100.0)
# sha256 of the band-1 array bytes (GDAL ReadAsArray), dtype and shape 1900 x 950
RASTERS = {
    "fnf_2000.tif": ("int8", "ac480fd01ffd0de9900ae4f80590fb9663a4fcd323ff6a4fbdc3676f3d19a618"),
    "fnf_2018.tif": ("uint8", "8f55688f66e839bab8ab671ed1456fbac4fbd7141fc7c51435bc3fab27f6b8f6"),
    "landmosaic_2018.tif": ("uint8",
                            "cdba0554ccf30b6d5ad2e1a8adc9ed8b09d0ae12b6fe5e7c35f6510b3bda9d60"),
}
# sha256 over the features by fid: repr((fid, attributes)) then the geometry's WKB
ADMIN = "118a8d13b691eac9cdbabf170836f06abc3c9f67cd150457e2b21768986efb8e"


def features_digest(layer):
    digest = hashlib.sha256()
    for feature in sorted(layer.getFeatures(), key=lambda f: f.id()):
        digest.update(repr((feature.id(), feature.attributes())).encode())
        digest.update(bytes(feature.geometry().asWkb()))
    return digest.hexdigest()


@pytest.mark.parametrize("name", sorted(RASTERS))
def test_raster_is_epsg3035_with_its_cells_unchanged(name):
    from osgeo import gdal
    layer = QgsRasterLayer(str(CORSICA / name), name)
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:3035"
    array, _ = read_raster(CORSICA / name)
    dtype, digest = RASTERS[name]
    assert (str(array.dtype), array.shape) == (dtype, (1900, 950))
    assert hashlib.sha256(array.tobytes()).hexdigest() == digest
    assert gdal.Open(str(CORSICA / name)).GetGeoTransform() == GRID


def test_admin_units_are_epsg3035_with_features_unchanged():
    layer = QgsVectorLayer(str(CORSICA / "admin.gpkg") + "|layername=gisco_adm_corsica",
                           "admin", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:3035"
    assert [f.name() for f in layer.fields()] == ["fid", "ADM_ID", "AREA_HA"]
    assert features_digest(layer) == ADMIN


def test_derived_demo_inputs_are_epsg3035(tmp_path):
    sys.path.insert(0, str(SAMPLE))
    try:
        import corsica_inputs
    finally:
        sys.path.remove(str(SAMPLE))
    inputs = corsica_inputs.make_all(str(tmp_path))
    for key in ("dem", "corrections", "landuse"):
        layer = QgsRasterLayer(inputs[key], key)
        assert layer.isValid() and layer.crs().authid() == "EPSG:3035", key
    for key in ("roads", "mining_areas"):
        layer = QgsVectorLayer(inputs[key], key, "ogr")
        assert layer.isValid() and layer.crs().authid() == "EPSG:3035", key
        assert layer.featureCount() > 0, key
