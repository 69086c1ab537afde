"""The plugin object: registers the Processing provider (also headless, for qgis_process)."""
from qgis.core import QgsApplication


class EcoSecurityPlugin:

    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 - QGIS calls it by this name
        from .algorithms import translation
        from .algorithms.provider import EcoSecurityProvider
        if self.provider is None:
            translation.install()
            self.provider = EcoSecurityProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            from .algorithms import translation
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
            translation.remove()
