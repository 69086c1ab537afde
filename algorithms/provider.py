"""The EcoSecurity Processing provider: lists every tool."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .base import ICON_DIR
from .classify.tools import ClassifyField, ClassifyRaster
from .corridors.tools import (Barriers, Centrality, Circuitscape, KeyAreas,
                              LeastCostCorridors, NetworkReport, PinchPoints)
from .coupling.tools import CompositeIndex, CouplingCoordination, JoinGrades
from .coupling.tools_report import CouplingReport
from .dynamics.tools import Forecast, KernelDensity, PanelUnitRoot, PanelVAR
from .sources.tools import MSPA, PatchConnectivity, SelectSources
from .resistance.tools import AHPWeights, DistanceTo, Reclassify, ResistanceSurface

ALGORITHMS = [CompositeIndex, CouplingCoordination, ClassifyField, ClassifyRaster, JoinGrades,
              Reclassify, DistanceTo, AHPWeights, ResistanceSurface,
              KernelDensity, PanelUnitRoot, PanelVAR, Forecast, Circuitscape,
              LeastCostCorridors, Centrality, PinchPoints, Barriers, KeyAreas, MSPA,
              PatchConnectivity, SelectSources, NetworkReport, CouplingReport]


class EcoSecurityProvider(QgsProcessingProvider):

    def id(self):
        return "ecosecurity"

    def name(self):
        return "EcoSecurity"

    def longName(self):
        return "EcoSecurity: ecological security patterns and coupling coordination"

    def icon(self):
        return QIcon(os.path.join(ICON_DIR, "ecosecurity.svg"))

    def svgIconPath(self):
        return os.path.join(ICON_DIR, "ecosecurity.svg")

    def loadAlgorithms(self):
        for alg in ALGORITHMS:
            self.addAlgorithm(alg())
