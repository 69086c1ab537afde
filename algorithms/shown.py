"""Values as user messages show them (pure; no QGIS).

numpy 2 writes a numpy scalar's repr as ``np.float64(0.5)``; a message should say ``0.5``,
as it did with numpy 1. ``shown`` is ``repr`` with numpy scalars (also inside tuples and
lists) turned into the Python numbers they hold, so text keeps its quotes and numbers read
the same on every numpy.
"""
import numpy as np


def _python(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray) and value.ndim == 0:
        return value.item()
    if isinstance(value, (tuple, list)):
        return type(value)(_python(v) for v in value)
    return value


def shown(value):
    """repr(value) with numpy scalars as Python values: 0.5, 3, 'fod'."""
    return repr(_python(value))
