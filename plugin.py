"""The plugin object: registers the Processing provider (also headless, for qgis_process),
after installing the translation for QGIS's interface language.

QGIS names Simplified Chinese 'zh-Hans' (3.28 and later) or 'zh_CN'; both, and 'zh', load
resources/i18n/ecosecurity_zh_CN.qm.
"""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "i18n")
ALIASES = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh-hans": "zh_CN", "zh_hans": "zh_CN",
           "zh-cn": "zh_CN"}

_installed = []  # the translator must outlive the call; QCoreApplication does not own it


def user_locale():
    """QGIS's interface language: 'locale/userLocale' unless QGIS is told to follow the
    system ('locale/overrideFlag' false), then the system's."""
    settings = QgsSettings()
    follows_system = settings.contains("locale/overrideFlag") and \
        not settings.value("locale/overrideFlag", False, type=bool)
    value = settings.value("locale/userLocale", "", type=str)
    return QLocale.system().name() if follows_system or not value else value


def catalogue(locale):
    """The .qm file for a locale name, or None when the plugin has none for it."""
    key = ALIASES.get(locale.lower(), locale)
    for name in (key, key.split("_")[0]):
        path = os.path.join(I18N_DIR, "ecosecurity_%s.qm" % name)
        if os.path.isfile(path):
            return path
    return None


def install(locale=None):
    """Install the catalogue of ``locale`` (default: QGIS's); True when one was found."""
    remove()
    path = catalogue(locale if locale is not None else user_locale())
    if path is None:
        return False
    translator = QTranslator()
    if not translator.load(path):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def remove():
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())


class EcoSecurityPlugin:

    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 - QGIS calls it by this name
        from .algorithms.provider import EcoSecurityProvider
        if self.provider is None:
            install()
            self.provider = EcoSecurityProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
            remove()
