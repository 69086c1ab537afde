"""Shared glue of the panel-dynamics tools: the panel inputs and the HTML report."""
import os

import numpy as np
from qgis.core import (QgsProcessing, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterField, QgsProcessingParameterFileDestination)

from .. import plots

GROUP, GROUP_ID = "Panel dynamics", "dynamics"
HTML_FILTER = "HTML files (*.html)"


def html_param(alg, name="OUTPUT_HTML", text="Report (HTML)"):
    alg.addParameter(QgsProcessingParameterFileDestination(
        name, text, HTML_FILTER, optional=True, createByDefault=True))


def write_html(alg, parameters, context, title, parts, name="OUTPUT_HTML"):
    """Write the report if asked for; it is registered so a failed run removes it."""
    path = alg.parameterAsFileOutput(parameters, name, context)
    if not path:
        return None
    text = plots.page(title, parts)
    alg.register_file(path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    # one copy of plotly.js per folder, shared by its reports: removed on failure only when
    # this run brought it
    js = os.path.join(os.path.dirname(os.path.abspath(path)), plots.PLOTLY_JS)
    existed = os.path.exists(js)
    if plots.uses_plotly(text) and plots.write_plotly_js(os.path.dirname(js)) and \
            not existed:
        alg.register_file(js)
    return path


def panel_input(alg, name="INPUT", text="Panel table (regions x years)"):
    alg.addParameter(QgsProcessingParameterFeatureSource(
        name, text, [QgsProcessing.SourceType.TypeVector]))


def field_param(alg, name, text, optional=False, multiple=False):
    alg.addParameter(QgsProcessingParameterField(name, text, parentLayerParameterName="INPUT",
                                                 optional=optional, allowMultiple=multiple))


def period_values(table, field):
    """Periods as numbers (years); whole numbers come back as int for tidy labels."""
    t = table.numeric(field)
    return t.astype(np.int64) if np.all(np.mod(t, 1) == 0) else t
