"""The one place that knows which QGIS and Qt run the plugin (QGIS 3.22 to 4.x, Qt5 or Qt6).

Calls whose spelling changed between those versions are chosen here once, by
Qgis.QGIS_VERSION_INT, so that no tool checks a version and none calls an API that is
deprecated on the QGIS it runs on. Enums are written scoped everywhere
(``QgsProcessing.SourceType.TypeRaster``, not ``QgsProcessing.TypeRaster``): that form works
on PyQt5 and is the only one PyQt6 has, so it needs no switch here.
"""
import sys

from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION, QMetaType, QVariant

QGIS_VERSION = Qgis.QGIS_VERSION_INT
QT6 = QT_VERSION >= 0x060000

# QgsField takes QMetaType.Type from QGIS 3.38 on; QVariant.Type is deprecated there and
# absent from Qt6. Older QGIS accept only QVariant.Type.
FIELD_METATYPES = QGIS_VERSION >= 33800
# parameterAsStrings came with QGIS 3.40, which deprecated parameterAsFields.
HAS_PARAMETER_AS_STRINGS = QGIS_VERSION >= 34000


class FieldType:
    """QgsField types by their Qt names, in the form this QGIS takes."""
    if FIELD_METATYPES:
        Int = QMetaType.Type.Int
        UInt = QMetaType.Type.UInt
        LongLong = QMetaType.Type.LongLong
        ULongLong = QMetaType.Type.ULongLong
        Double = QMetaType.Type.Double
        String = QMetaType.Type.QString
    else:  # QGIS < 3.38 (always Qt5): the QVariant types are the only ones it accepts
        Int = QVariant.Int  # noqa: QGS402
        UInt = QVariant.UInt  # noqa: QGS402
        LongLong = QVariant.LongLong  # noqa: QGS402
        ULongLong = QVariant.ULongLong  # noqa: QGS402
        Double = QVariant.Double  # noqa: QGS402
        String = QVariant.String  # noqa: QGS402


class ParameterFlag:
    """Flags of a Processing parameter: Qgis.ProcessingParameterFlag from QGIS 3.36 on (the
    flags of QgsProcessingParameterDefinition are deprecated there)."""
    if QGIS_VERSION >= 33600:
        Advanced = Qgis.ProcessingParameterFlag.Advanced
        Optional = Qgis.ProcessingParameterFlag.Optional
    else:
        from qgis.core import QgsProcessingParameterDefinition as _D
        Advanced = _D.Flag.FlagAdvanced
        Optional = _D.Flag.FlagOptional


def empty_extent():
    """A rectangle that the first combineExtentWith replaces (setMinimal before QGIS 3.34,
    setNull after; built directly, so no deprecated call on either)."""
    from qgis.core import QgsRectangle
    big = sys.float_info.max
    return QgsRectangle(big, big, -big, -big, False)


class GeometryType:
    """Geometry types of a layer: Qgis.GeometryType from QGIS 3.30 on (QgsWkbTypes'
    GeometryType is deprecated there and gone in QGIS 4)."""
    if QGIS_VERSION >= 33000:
        Point = Qgis.GeometryType.Point
        Line = Qgis.GeometryType.Line
        Polygon = Qgis.GeometryType.Polygon
    else:
        from qgis.core import QgsWkbTypes
        Point = QgsWkbTypes.GeometryType.PointGeometry
        Line = QgsWkbTypes.GeometryType.LineGeometry
        Polygon = QgsWkbTypes.GeometryType.PolygonGeometry


NUMERIC_TYPES = (FieldType.Int, FieldType.UInt, FieldType.LongLong, FieldType.ULongLong,
                 FieldType.Double)


def parameter_as_fields(algorithm, parameters, name, context):
    """The field names chosen in a field parameter (a list of str)."""
    if HAS_PARAMETER_AS_STRINGS:
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def is_null(value):
    """True for None and a NULL attribute (a null QVariant, as QGIS returns it on Qt5 and
    Qt6 alike)."""
    return value is None or (isinstance(value, QVariant) and value.isNull())



def save_style_to_database(layer, name, description, use_as_default):
    """Store a layer's style in its own database (a GeoPackage); returns QGIS's message.
    saveStyleToDatabaseV2 came with QGIS 4.0 and 3.44.x, where the old call is deprecated:
    a feature test, as it arrived in a bug-fix release."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        return layer.saveStyleToDatabaseV2(name, description, use_as_default, "")[1]
    return layer.saveStyleToDatabase(name, description, use_as_default, "")
