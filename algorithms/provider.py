"""The EcoSecurity Processing provider: lists every tool."""
import os

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .base import ICON_DIR, SCHEDULER_SETTING
from .classify.tools import ClassifyField, ClassifyRaster
from .corridors.tools import (Barriers, Centrality, Circuitscape, KeyAreas,
                              LeastCostCorridors, NetworkReport, PinchPoints)
from .corridors.tools.omniscape import Omniscape
from .coupling.tools import CompositeIndex, CouplingCoordination, JoinGrades
from .coupling.tools.report import CouplingReport
from .dynamics.tools import Forecast, KernelDensity, PanelUnitRoot, PanelVAR
from .sources.tools import MSPA, PatchConnectivity, SelectSources
from .resistance.tools import AHPWeights, DistanceTo, Reclassify, ResistanceSurface

ALGORITHMS = [CompositeIndex, CouplingCoordination, ClassifyField, ClassifyRaster, JoinGrades,
              Reclassify, DistanceTo, AHPWeights, ResistanceSurface,
              KernelDensity, PanelUnitRoot, PanelVAR, Forecast, Circuitscape,
              LeastCostCorridors, Centrality, PinchPoints, Barriers, KeyAreas, MSPA,
              PatchConnectivity, SelectSources, Omniscape, NetworkReport, CouplingReport]


class EcoSecurityProvider(QgsProcessingProvider):

    def id(self):
        return "ecosecurity"

    def name(self):
        return "EcoSecurity"

    def longName(self):  # noqa: N802 - QGIS's name
        return QCoreApplication.translate(
            "EcoSecurity", "EcoSecurity: ecological security patterns and coupling coordination")

    def icon(self):
        return QIcon(os.path.join(ICON_DIR, "ecosecurity.svg"))

    def svgIconPath(self):
        return os.path.join(ICON_DIR, "ecosecurity.svg")

    def load(self):
        """The provider's settings in Processing's options, then its tools."""
        settings = _processing_config()
        if settings is not None:
            config, setting = settings
            config.settingIcons[self.name()] = self.icon()
            config.addSetting(setting(self.name(), SCHEDULER_SETTING, QCoreApplication.translate(
                "EcoSecurity", "Dask scheduler address for the tools' pieces (empty: this "
                "computer)"), ""))
            config.readSettings()
        self.refreshAlgorithms()
        return True

    def unload(self):
        settings = _processing_config()
        if settings is not None and SCHEDULER_SETTING in settings[0].settings:
            settings[0].removeSetting(SCHEDULER_SETTING)

    def loadAlgorithms(self):  # noqa: N802 - QGIS's name
        for alg in ALGORITHMS:
            self.addAlgorithm(alg())
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self:
            # QGIS loads a provider before it lists it, so the workflows' steps could not
            # find this provider's tools yet: list the workflows once it is registered
            registry.providerAdded.connect(self._registered)
            return
        from .workflows.tools import workflows
        for model in workflows():
            self.addAlgorithm(model)

    def _registered(self, provider_id):
        if provider_id == self.id():
            QgsApplication.processingRegistry().providerAdded.disconnect(self._registered)
            self.refreshAlgorithms()


def _processing_config():
    """Processing's (ProcessingConfig, Setting), or None where the Processing plugin is not
    loaded (qgis_process reads the stored setting through QgsSettings all the same)."""
    try:
        from processing.core.ProcessingConfig import ProcessingConfig, Setting
    except ImportError:
        return None
    return ProcessingConfig, Setting
