"""Shared glue of the corridor tools."""
from qgis.core import QgsFeatureRequest, QgsProcessingException

GROUP, GROUP_ID = "Corridors", "corridors"


def id_features(source, field, crs, context, what):
    """(id, geometry in crs) of every feature; ids must be positive whole numbers."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    feats = [(f[field], f.geometry()) for f in source.getFeatures(request)]
    bad = [str(i) for i, _ in feats if i is None or float(i) <= 0 or float(i) % 1]
    if bad:
        raise QgsProcessingException("%s ids must be positive whole numbers; '%s' has %s."
                                     % (what, field, ", ".join(bad[:5])))
    return [(int(i), g) for i, g in feats]
