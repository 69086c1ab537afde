"""The QGIS projects of `make demo`: one .qgz per workflow beside its outputs, every output
loaded, styled, grouped and ordered (algorithms/tools/project.py builds them).

Needs QGIS's Python (qgis.core) and the plugin importable as `ecosecurity` (QGIS_PLUGINPATH).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORSICA = os.path.join(HERE, "corsica")

_app = None


def start_qgis():
    """A headless QGIS application for this process (once)."""
    global _app
    from qgis.core import QgsApplication
    if QgsApplication.instance() is None:
        QgsApplication.setPrefixPath("/usr", True)
        _app = QgsApplication([], False)
        _app.initQgis()
    plugins = os.environ.get("QGIS_PLUGINPATH")
    if plugins and plugins not in sys.path:
        sys.path.insert(0, plugins)


def _paths(out, files):
    """Output name (as the workflow tools' project names it) -> the demo's file."""
    return {key.split(":")[-1]: os.path.join(out, name) for key, name in files.items()}


def network_entries(out):
    """The Corsica network: key areas, corridors (with the current of the corridors
    workflow), sources, resistance, units; named, grouped and styled as the network
    workflow's OUTPUT_PROJECT does it."""
    from ecosecurity.algorithms.workflows.tools import publish
    from run_demo import NETWORK_FILES
    paths = _paths(out, NETWORK_FILES)
    paths["current"] = os.path.join(out, "corsica_current.tif")
    admin = os.path.join(CORSICA, "admin.gpkg") + "|layername=gisco_adm_corsica"
    return publish.entries(publish.network_layers(), paths) + [publish.admin_entry(admin)]


def coupling_entries(out):
    """The coupling workflow: the graded map of D over the US states and its tables."""
    from ecosecurity.algorithms.workflows.tools import publish
    from run_demo import COUPLING_FILES
    return publish.entries(publish.coupling_layers(), _paths(out, COUPLING_FILES))


PROJECTS = [("corsica_network.qgz", "Ecological security network of Corsica",
             network_entries),
            ("coupling_coordination.qgz", "Coupling coordination of infrastructure and "
             "economy, 48 US states", coupling_entries)]


def write_all(out, width=900):
    """Write every project into out, each with a preview image (<project>.png) of what it
    shows when opened; returns [(path, title)]."""
    start_qgis()
    from qgis.core import QgsProject
    from ecosecurity.algorithms.tools import maps, project
    written = []
    for name, title, entries in PROJECTS:
        path = os.path.join(out, name)
        project.build(path, entries(out), title)
        opened = QgsProject()
        if not opened.read(path):
            raise SystemExit("QGIS could not read the project it wrote: %s" % path)
        maps.render(maps.visible_layers(opened), width=width, crs=opened.crs(),
                    margin=0.02).save(os.path.splitext(path)[0] + ".png")
        written.append((path, title))
    return written


if __name__ == "__main__":
    for path, title in write_all(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print("%s: %s" % (title, path))
