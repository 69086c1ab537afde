"""The QGIS/Qt switches of algorithms/tools/compat.py, on whichever QGIS runs the tests."""
import pytest
from qgis.core import NULL, Qgis, QgsField, QgsFields

from ecosecurity.algorithms.tools import compat
from ecosecurity.algorithms.base import field_for


@pytest.mark.parametrize("kind, numeric, type_name", [
    ("Int", True, "Integer"), ("Double", True, "Real"), ("String", False, "String")])
def test_field_types_make_the_fields_they_name(kind, numeric, type_name):
    field = field_for("f", getattr(compat.FieldType, kind))
    assert field.isNumeric() is numeric
    assert field.typeName() == type_name
    assert field.type() == getattr(compat.FieldType, kind)
    assert (field.type() in compat.NUMERIC_TYPES) is numeric


def test_field_types_are_the_ones_this_qgis_takes_without_deprecation():
    kind = type(compat.FieldType.Double).__name__
    assert compat.FIELD_METATYPES == (Qgis.QGIS_VERSION_INT >= 33800)
    # QVariant.Type before 3.38, QMetaType.Type from then on (the only one Qt6 has)
    assert kind == "Type"
    field = QgsField("x", compat.FieldType.LongLong)
    assert field.isNumeric()
    fields = QgsFields()
    fields.append(field)
    assert fields.field("x").type() == compat.FieldType.LongLong


def test_null_attributes_read_as_null():
    assert compat.is_null(None) and compat.is_null(NULL)
    assert not compat.is_null(0) and not compat.is_null("")


def test_field_parameter_reads_names(provider):
    from qgis.core import QgsProcessingContext
    alg = provider.algorithm("compositeindex")
    context = QgsProcessingContext()
    assert compat.parameter_as_fields(alg, {"POSITIVE_FIELDS": ["a", "b"]},
                                      "POSITIVE_FIELDS", context) == ["a", "b"]
    assert compat.parameter_as_fields(alg, {"POSITIVE_FIELDS": "a;b"},
                                      "POSITIVE_FIELDS", context) == ["a", "b"]
