"""A workflow as a tool of the provider: a Processing model with a stable id, shown in the
Workflows group of the toolbox and run like any other tool (dialog, Modeler, qgis_process)."""
import html
import os

from qgis.core import QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ...base import ICON_DIR
from . import publish
from .models import INPUT_HELP, OUTPUT_LABELS, WORKFLOWS, tr

GROUP, GROUP_ID = "Workflows", "workflows"
MODEL_GROUP = "EcoSecurity workflows"  # the group of the .model3 files in the Modeler


def build_model(build, title, model=None):
    """A model filled by a builder of models.py (a plain one for a .model3 file)."""
    m = model if model is not None else QgsProcessingModelAlgorithm()
    m.setName(title)
    m.setGroup(MODEL_GROUP)
    build(m)
    # QGIS shows a model's help as rich text: escaped, or "D_<year>" cuts it
    content = m.helpContent()
    content["ALG_DESC"] = html.escape(tr(content.get("ALG_DESC", "")))
    for d in m.parameterDefinitions():
        if d.name() in INPUT_HELP:
            content[d.name()] = html.escape(tr(INPUT_HELP[d.name()]))
    m.setHelpContent(content)
    if m.toVariant().get("internal_version", "Version1") != "Version1":
        _keep_output_ids(m)
    return m


def _keep_output_ids(m):
    """QGIS 3.34 and later name a new model's outputs after their labels (so by language),
    where earlier QGIS, saved scripts and models use child:output: with no label an output
    keeps child:output there too, and its parameter is labelled afterwards."""
    for child in m.childAlgorithms().values():
        outputs = child.modelOutputs()
        for output in outputs.values():
            output.setDescription("")
        child.setModelOutputs(outputs)
        m.setChildAlgorithm(child)
    for d in m.destinationParameterDefinitions():
        d.setDescription(tr(OUTPUT_LABELS.get(d.name().split(":")[-1], d.description())))


class Workflow(QgsProcessingModelAlgorithm):
    """One workflow. A new instance rebuilds the model from its builder rather than from a
    copy of its XML, which keeps the inputs in workflow order on every QGIS version."""

    def __init__(self, key, title, build):
        super().__init__()
        self._key, self._title, self._build = key, title, build
        build_model(build, title, self)
        # the optional project and report outputs come after the model's own
        self._publisher = publish.PUBLISHERS.get(key)
        if self._publisher is not None:
            publish.add_outputs(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # an input left out (processing.run, qgis_process) takes the workflow's default, as
        # the dialog shows it; QGIS's models would pass it on empty to the steps
        filled = dict(parameters)
        for d in self.parameterDefinitions():
            if not d.isDestination() and filled.get(d.name()) in (None, "") and \
                    d.defaultValue() is not None:
                filled[d.name()] = d.defaultValue()
        if self._publisher is None:
            return super().processAlgorithm(filled, context, feedback)
        filled = self._publisher.prepare(self, filled, context, feedback)
        results = super().processAlgorithm(filled, context, feedback)
        results.update(self._publisher.finish(self, filled, results, context, feedback))
        return results

    def createInstance(self):  # noqa: N802 - QGIS's name
        return Workflow(self._key, self._title, self._build)

    def name(self):
        return self._key

    def displayName(self):  # noqa: N802
        return QCoreApplication.translate("EcoSecurity", self._title)

    def group(self):
        return QCoreApplication.translate("EcoSecurity", GROUP)

    def groupId(self):  # noqa: N802
        return GROUP_ID

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        return os.path.join(ICON_DIR, "ecosecurity.svg")


def workflows():
    return [Workflow(key, title, build) for key, title, build in WORKFLOWS]
