"""The QGIS glue every stage's tools share beside base.py: version differences (compat),
checks before a run (guards), styles, rendered maps and QGIS projects."""
