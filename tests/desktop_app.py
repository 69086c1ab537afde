"""A QGIS GUI application (offscreen) with Processing and the EcoSecurity provider, for the
scripts that test_desktop.py runs in subprocesses."""
import sys

from qgis.core import QgsApplication


def start(plugins):
    """(app, provider); the caller keeps both alive."""
    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, plugins)
    from ecosecurity.algorithms.provider import EcoSecurityProvider
    provider = EcoSecurityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider
