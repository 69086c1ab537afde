"""The QGIS projects of `make demo`: one .qgz per workflow beside its outputs, every output
loaded, styled, grouped and ordered (algorithms/project.py builds them).

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


def network_entries(out):
    """The Corsica network: key areas, corridors, sources, resistance, units."""
    from ecosecurity.algorithms.tools.project import Entry
    from ecosecurity.algorithms.classify.palette import PROTECT_COLOUR
    from ecosecurity.algorithms.tools.styles import key_area_style, outline_style

    def e(name, title, group, visible=False, style=None):
        return Entry(os.path.join(out, name), title, group, visible, style)
    return [
        e("corsica_protect_areas.gpkg", "Key areas to protect (pinch points)", "Key areas",
          True, key_area_style(PROTECT_COLOUR)),
        e("corsica_restore_areas.gpkg", "Key areas to restore (barriers)", "Key areas", True),
        e("corsica_link_centrality.gpkg", "Corridors by importance (centrality level)",
          "Corridors", True),
        e("corsica_links.gpkg", "Least-cost links", "Corridors"),
        e("corsica_current.tif", "Current between sources (Circuitscape)", "Corridors", True),
        e("corsica_pinch_points.tif", "Pinch points (current in corridors)", "Corridors"),
        e("corsica_barriers.tif", "Barriers (improvement score)", "Corridors"),
        e("corsica_barrier_percent.tif", "Barriers (% of link cost)", "Corridors"),
        e("corsica_barrier_radius.tif", "Barriers (best radius)", "Corridors"),
        e("corsica_corridors.tif", "Least-cost corridors (cost width)", "Corridors"),
        e("corsica_sources.gpkg", "Sources by dPC level", "Sources", True),
        e("corsica_source_centrality.gpkg", "Sources by centrality level", "Sources"),
        e("corsica_source_ids.tif", "Source ids", "Sources"),
        e("corsica_mspa.tif", "MSPA of the 2018 forest", "Sources"),
        e("corsica_resistance.tif", "Resistance surface", "Resistance", True),
        Entry(os.path.join(CORSICA, "admin.gpkg") + "|layername=gisco_adm_corsica",
              "Administrative units", "Administrative units", True, outline_style()),
    ]


def coupling_entries(out):
    """The coupling workflow: the graded map of D over the US states."""
    from ecosecurity.algorithms.tools.project import Entry
    return [Entry(os.path.join(out, "graded_map.gpkg"), "Coordination grade (D)",
                  "Coupling coordination", True)]


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
