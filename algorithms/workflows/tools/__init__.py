"""The workflows' QGIS glue: the models (models.py) and the tools that list them
(workflow.py)."""
from .workflow import workflows  # noqa: F401
