"""`make models`: writes the workflows of algorithms/workflows/models.py as .model3 files
beside this script, for users who open them in the Graphical Modeler to adapt them."""
import os
import sys

from qgis.core import QgsApplication

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    sys.path.insert(0, os.environ.get("ECOSECURITY_PLUGINS", ""))
    from ecosecurity.algorithms.provider import EcoSecurityProvider
    from ecosecurity.algorithms.workflows.tools.workflow import build_model
    from ecosecurity.algorithms.workflows.tools.models import WORKFLOWS
    provider = EcoSecurityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    for key, title, build in WORKFLOWS:
        model = build_model(build, title)
        ok, issues = model.validate()
        if not ok:
            raise SystemExit("%s does not validate: %s" % (key, "; ".join(issues)))
        path = os.path.join(HERE, key + ".model3")
        if not model.toFile(path):
            raise SystemExit("could not write " + path)
        print("wrote", path)
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == "__main__":
    main()
