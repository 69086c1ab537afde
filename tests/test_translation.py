"""The Chinese interface: every string translated, the catalogue loaded from QGIS's locale
setting, tools named, labelled, explained and erring in Chinese, and Chinese paths."""
import os
import subprocess
import sys

import numpy as np

from conftest import PLUGINS, REPO
from helpers import read_raster, write_raster

CJK = range(0x4E00, 0xA000)


def _has_chinese(text):
    return any(ord(ch) in CJK for ch in text)


def test_every_string_has_a_finished_chinese_translation(tmp_path):
    """Fails when a string of the plugin is new or changed and not yet translated:
    run `make ts`, translate the unfinished entries of i18n/ecosecurity_zh_CN.ts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    proc = subprocess.run([sys.executable, str(REPO / "i18n" / "catalogue.py"), "--check",
                           str(PLUGINS), "zh_CN"], capture_output=True, text=True, env=env,
                          timeout=600)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 missing" in proc.stdout


def test_the_compiled_catalogue_is_built():
    assert (REPO / "resources" / "i18n" / "ecosecurity_zh_CN.qm").stat().st_size > 10000


SCRIPT = r"""
import sys
from qgis.core import QgsApplication, QgsSettings
app = QgsApplication([], False)
app.initQgis()
QgsSettings().setValue("locale/userLocale", sys.argv[2])
sys.path.insert(0, sys.argv[1])
from ecosecurity import classFactory
from qgis import processing
from qgis.core import QgsProcessingException
sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
plugin = classFactory(None)
plugin.initProcessing()
registry = QgsApplication.processingRegistry()
alg = registry.algorithmById("ecosecurity:leastcostcorridors")
print("NAME", alg.displayName())
print("GROUP", alg.group())
print("LABEL", alg.parameterDefinition("RESISTANCE").description())
print("CHOICE", alg.parameterDefinition("ADJACENCY").options()[0])
print("HELP", alg.shortHelpString().replace("\n", " "))
print("WORKFLOW", registry.algorithmById("ecosecurity:ecological_security_network").displayName())
try:
    processing.run("ecosecurity:leastcostcorridors", {
        "SOURCES": sys.argv[3], "SOURCE_POLYGONS": sys.argv[4], "SOURCE_ID_FIELD": "id",
        "RESISTANCE": sys.argv[3], "LINKS": "TEMPORARY_OUTPUT",
        "CORRIDORS": "TEMPORARY_OUTPUT"})
except QgsProcessingException as err:
    print("ERROR", str(err).replace("\n", " "))
grades = processing.run("ecosecurity:couplingcoordination", {
    "INPUT": sys.argv[5], "SYSTEM_FIELDS": ["U1", "U2"], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
print("GRADES", "|".join(f["D_GRADE"] for f in grades.getFeatures()))
plugin.unload()
print("AFTER", registry.providerById("ecosecurity") is None)
"""


def _run_in(locale, tmp_path):
    from test_desktop import _source_polygons
    raster = write_raster(tmp_path / "r.tif", np.ones((5, 5), np.float32))
    polygons = _source_polygons(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / ("profile-" + locale)))
    table = tmp_path / "indices.csv"
    table.write_text("region,U1,U2\na,0.55,0.6\nb,0.02,0.01\n")
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(PLUGINS), locale, raster,
                           polygons, str(table)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return dict(line.split(" ", 1) for line in proc.stdout.splitlines()
                if line.split(" ", 1)[0] in ("NAME", "GROUP", "LABEL", "CHOICE", "HELP",
                                              "WORKFLOW", "ERROR", "GRADES", "AFTER"))


def test_qgis_in_chinese_shows_the_tools_in_chinese(tmp_path):
    for locale in ("zh_CN", "zh-Hans"):  # QGIS 3.22 and QGIS 3.28+ names
        seen = _run_in(locale, tmp_path)
        for key in ("NAME", "GROUP", "LABEL", "CHOICE", "HELP", "WORKFLOW", "ERROR"):
            assert _has_chinese(seen[key]), (locale, key, seen[key])
        assert "SOURCE_POLYGONS" in seen["ERROR"]  # ids stay as they are
        assert "RESISTANCE" in seen["HELP"]
        # D = sqrt(C T): 0.758 (a) and 0.119 (b); the grades written in Chinese
        assert seen["GRADES"] == "中级协调|严重失调"


def test_qgis_in_english_stays_english(tmp_path):
    seen = _run_in("en_US", tmp_path)
    assert seen["NAME"] == "Least-cost corridors (build network and map linkages)"
    assert not any(_has_chinese(v) for v in seen.values())
    assert seen["GRADES"] == "Moderate coordination|Severe imbalance"


def test_a_tool_runs_with_chinese_folder_and_file_names(run, tmp_path):
    folder = tmp_path / "赤水河 流域" / "输入 数据"
    folder.mkdir(parents=True)
    lu = np.array([[1, 2, 3], [3, 2, 1]], dtype=np.uint8)
    src = write_raster(folder / "土地利用 2020.tif", lu)
    out = tmp_path / "赤水河 流域" / "结果" / "阻力 评分.tif"
    out.parent.mkdir()
    result = run("reclassify", {"INPUT": src, "TABLE": "1=5;2=3;3=1", "OUTPUT": str(out)})
    assert result["OUTPUT"] == str(out)
    np.testing.assert_array_equal(read_raster(str(out))[0], 7 - 2 * lu)
    assert (out.parent / "阻力 评分.qml").exists()  # the style beside it
