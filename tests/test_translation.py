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


# QGIS in the locale argv[2], the plugin from argv[1] loaded and its tools registered
START = r"""
import sys
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsSettings
app = QgsApplication([], False)
app.initQgis()
QgsSettings().setValue("locale/userLocale", sys.argv[2])
sys.path.insert(0, sys.argv[1])
from ecosecurity import classFactory
from qgis import processing
sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
plugin = classFactory(None)
plugin.initProcessing()
"""
SCRIPT = START + r"""
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
try:  # an error raised by a pure module (coordination.system_weights), values filled in
    processing.run("ecosecurity:couplingcoordination", {
        "INPUT": sys.argv[5], "SYSTEM_FIELDS": ["U1", "U2"], "SYSTEM_WEIGHTS": "0.3,0.3",
        "OUTPUT": "TEMPORARY_OUTPUT"})
except QgsProcessingException as err:
    print("PURE", str(err).replace("\n", " "))
import re
processing.run("ecosecurity:couplingreport", {
    "INPUT": grades, "ID_FIELD": "region", "TIME_FIELD": "year", "OUTPUT_HTML": sys.argv[6]})
with open(sys.argv[6], encoding="utf-8") as f:
    page = f.read()
print("REPORT", "|".join(re.findall(r"<h2>(.*?)</h2>", page) + re.findall(r"<th>(.*?)</th>",
                                                                            page)))
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
    table.write_text("region,year,U1,U2\na,2020,0.55,0.6\nb,2020,0.02,0.01\n")
    report = tmp_path / ("report-%s.html" % locale)
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(PLUGINS), locale, raster,
                           polygons, str(table), str(report)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return dict(line.split(" ", 1) for line in proc.stdout.splitlines()
                if line.split(" ", 1)[0] in ("NAME", "GROUP", "LABEL", "CHOICE", "HELP",
                                              "WORKFLOW", "ERROR", "GRADES", "AFTER",
                                              "PURE", "REPORT"))


def test_qgis_in_chinese_shows_the_tools_in_chinese(tmp_path):
    for locale in ("zh_CN", "zh-Hans"):  # QGIS 3.22 and QGIS 3.28+ names
        seen = _run_in(locale, tmp_path)
        for key in ("NAME", "GROUP", "LABEL", "CHOICE", "HELP", "WORKFLOW", "ERROR"):
            assert _has_chinese(seen[key]), (locale, key, seen[key])
        assert "SOURCE_POLYGONS" in seen["ERROR"]  # ids stay as they are
        assert "RESISTANCE" in seen["HELP"]
        # D = sqrt(C T): 0.758 (a) and 0.119 (b); the grades written in Chinese
        assert seen["GRADES"] == "中级协调|严重失调"
        # a pure module's error: its template translated, then the values filled in
        pure = seen["PURE"]
        assert _has_chinese(pure) and "SYSTEM_WEIGHTS" in pure, pure
        assert "0.3, 0.3" in pure and "0.6" in pure and "0.5,0.5" in pure, pure
        assert "must sum" not in pure and "{" not in pure, pure
        # the report's headings and column names, from the tool and the pure tables
        headings = seen["REPORT"].split("|")
        assert "D 按年份" in headings and "D 按地区和年份" in headings, headings
        assert "时间" in headings and "地区" in headings, headings


def test_an_eco_error_is_translated_and_a_broken_translation_falls_back_to_english():
    from ecosecurity.algorithms.errors import EcoError, Phrase
    err = EcoError("Need {need} GB for {what}; {free} GB are free.", need="2.5", free="1.0",
                   what=Phrase("{n} links", n=3))
    assert str(err) == "Need 2.5 GB for 3 links; 1.0 GB are free."
    chinese = {"Need {need} GB for {what}; {free} GB are free.": "{what}需要 {need} GB；"
               "可用 {free} GB。", "{n} links": "{n} 条连接"}
    assert err.message(lambda t: chinese.get(t, t)) == "3 条连接需要 2.5 GB；可用 1.0 GB。"
    # a translation that lost or misnamed a placeholder, or broke a brace: English
    for broken in ("需要 {needed} GB", "需要 {need GB", "需要 {0} GB"):
        assert err.message(lambda t: broken if t.startswith("Need") else t) == \
            "Need 2.5 GB for 3 links; 1.0 GB are free."
    # a message without values is shown as it is, braces included
    assert EcoError("Use {curly} braces").message(lambda t: t) == "Use {curly} braces"


def test_no_error_of_the_plugin_is_formatted_before_it_is_raised():
    """XError("..." % x), XError(f"..."), XError("...".format(x)) cannot be translated:
    the template must be a literal (values as keywords); a text already translated by tr()
    (then formatted) is the one exception."""
    import ast
    sys.path.insert(0, str(REPO / "i18n"))
    from catalogue import _called_name, _plugin_trees, eco_error_classes
    trees = list(_plugin_trees())
    classes = eco_error_classes(trees)
    assert {"EcoError", "GridError", "CouplingError", "OmniscapeError", "PinchpointError",
            "BarrierError"} <= classes

    def translated(node):
        if isinstance(node, ast.BinOp):
            return translated(node.left)
        if isinstance(node, ast.Call):
            if _called_name(node) in ("tr", "translate"):
                return True
            return _called_name(node) == "format" and translated(node.func.value)
        return False

    bad, literal = [], 0
    for path, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called_name(node) not in classes \
                    or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal += 1
            elif isinstance(first, (ast.BinOp, ast.JoinedStr, ast.Call)) and \
                    not translated(first):
                bad.append("%s:%d" % (os.path.relpath(path, REPO), node.lineno))
    assert not bad, "formatted before raising: " + ", ".join(bad)
    assert literal > 200  # the templates the catalogue collects


def test_qgis_in_english_stays_english(tmp_path):
    seen = _run_in("en_US", tmp_path)
    assert seen["NAME"] == "Least-cost corridors (build network and map linkages)"
    assert not any(_has_chinese(v) for v in seen.values())
    assert seen["GRADES"] == "Moderate coordination|Severe imbalance"
    assert seen["PURE"] == "SYSTEM_WEIGHTS must sum to 1, but 0.3, 0.3 sum to 0.6; e.g. 0.5,0.5."
    assert "D by year" in seen["REPORT"].split("|")


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


def _chinese_gbk_panel(path):
    """resources/sample/produc.csv with Chinese field names and region names, saved in GBK
    as Excel does on a Chinese Windows; returns the Chinese name of each state."""
    import csv
    from conftest import SAMPLE
    with open(SAMPLE / "produc.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = {"state": "地区", "year": "年份", "hwy": "公路", "water": "供水",
              "util": "公用事业"}
    stems = "甲乙丙丁戊己庚辛壬癸"
    states = sorted({r[0] for r in rows[1:]})
    names = {s: "区域%s%d号" % (stems[i % 10], i // 10) for i, s in enumerate(states)}
    out = [[header.get(h, h) for h in rows[0]]] + [[names[r[0]]] + r[1:] for r in rows[1:]]
    with open(path, "w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows(out)
    return names


def test_a_gbk_chinese_panel_gives_the_english_numbers(run, tmp_path):
    """Per-region entropy weights (GROUP_FIELD) on a GBK copy of the sample panel with
    Chinese names: with ENCODING the regions stay apart (misread, several names would
    merge into one group) and the numbers equal the English run's."""
    from qgis.core import QgsProcessingException
    from conftest import SAMPLE, read_layer
    gbk = tmp_path / "面板 数据.csv"
    names = _chinese_gbk_panel(gbk)
    english = read_layer(run("compositeindex", {
        "INPUT": str(SAMPLE / "produc.csv"), "POSITIVE_FIELDS": ["hwy", "water", "util"],
        "GROUP_FIELD": "state", "INDEX_FIELD": "U",
        "OUTPUT": str(tmp_path / "en.gpkg"), "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"})["OUTPUT"])
    chinese = read_layer(run("compositeindex", {
        "INPUT": str(gbk), "POSITIVE_FIELDS": ["公路", "供水", "公用事业"],
        "GROUP_FIELD": "地区", "INDEX_FIELD": "U", "ENCODING": 1,
        "OUTPUT": str(tmp_path / "中文 结果.gpkg"),
        "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"})["OUTPUT"])
    assert [r["地区"] for r in chinese] == [names[r["state"]] for r in english]
    np.testing.assert_allclose([r["U"] for r in chinese], [r["U"] for r in english],
                               rtol=1e-12)
    assert len({r["地区"] for r in chinese}) == 48
    # without the encoding, the file is refused by name instead of read as mojibake
    try:
        run("compositeindex", {"INPUT": str(gbk), "POSITIVE_FIELDS": ["公路"],
                               "INDEX_FIELD": "U", "OUTPUT": "TEMPORARY_OUTPUT",
                               "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"})
    except QgsProcessingException as err:
        assert "面板 数据.csv" in str(err) and "ENCODING" in str(err)
    else:
        raise AssertionError("a GBK table read without its encoding was accepted")


def test_the_check_catches_lost_or_swapped_placeholders():
    sys.path.insert(0, str(REPO / "i18n"))
    from catalogue import placeholders
    source = "%s: byte 0x%02X on line %d; need {need:.1f} GB"
    assert placeholders(source) == placeholders("%s：字节 0x%02X，第 %d 行；需要 {need:.1f} GB")
    assert placeholders(source) != placeholders("%s：第 %d 行的字节 0x%02X；需要 {need:.1f} GB")
    assert placeholders(source) != placeholders("%s：字节 0x%02X，第 %d 行；需要 GB")


DYNAMICS = START + r"""


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)


log = Log()
out = processing.run("ecosecurity:panelunitroot", {
    "INPUT": sys.argv[3], "ID_FIELD": "firm", "TIME_FIELD": "year", "VARIABLES": ["inv"],
    "TESTS": [1], "DIFFERENCE": False, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=log)["OUTPUT"]
for f in out.getFeatures():
    print("NULL", f["null"])
    print("VERDICT", f["verdict"])
for w in log.warnings:
    print("URWARN", w)
log = Log()
processing.run("ecosecurity:panelvar", {
    "INPUT": sys.argv[4], "ID_FIELD": "id", "TIME_FIELD": "year", "VARIABLES": ["a", "b"],
    "LAGS": 1, "BOOTSTRAP": 0, "OUTPUT_COEFFICIENTS": "TEMPORARY_OUTPUT"}, feedback=log)
for w in log.warnings:
    print("PVWARN", w)
import re
processing.run("ecosecurity:couplingreport", {
    "INPUT": sys.argv[5], "ID_FIELD": "region", "TIME_FIELD": "year",
    "OUTPUT_HTML": sys.argv[6]})
with open(sys.argv[6], encoding="utf-8") as f:
    for label in re.findall(r"<span style='background:[^']*;padding[^>]*>\d+ (.*?)</span>",
                            f.read()):
        print("LEGEND", label)
plugin.unload()
"""


def _dynamics_in(locale, tmp_path):
    """A unit-root run on Grunfeld (T = 20 lies below LLC Table 2's 25: plm warns) and a
    panel VAR whose unit 9 has two periods (too few to add a row): outputs and warnings."""
    from test_dynamics_tools import GRUNFELD
    rng = np.random.default_rng(5)
    rows = ["id,year,a,b"] + ["%d,%d,%.6f,%.6f" % (u, y, rng.normal(), rng.normal())
                              for u in range(10) for y in range(2000, 2002 if u == 9 else 2012)]
    panel = tmp_path / ("pvar-%s.csv" % locale)
    panel.write_text("\n".join(rows) + "\n")
    graded = tmp_path / "graded-english.csv"   # a table graded in an English interface
    graded.write_text("region,year,D,D_LEVEL,D_GRADE\na,2020,0.758,8,Moderate coordination\n"
                      "b,2020,0.119,2,Severe imbalance\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / ("profile-" + locale)))
    proc = subprocess.run([sys.executable, "-c", DYNAMICS, str(PLUGINS), locale,
                           str(GRUNFELD), str(panel), str(graded),
                           str(tmp_path / ("report-%s.html" % locale))],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    seen = {}
    for line in proc.stdout.splitlines():
        key, _, text = line.partition(" ")
        seen.setdefault(key, []).append(text)
    return seen


def test_unit_root_verdicts_and_dynamics_warnings_follow_the_interface_language(tmp_path):
    english = _dynamics_in("en_US", tmp_path)
    chinese = _dynamics_in("zh_CN", tmp_path)
    # plm 2.6-2 purtest(inv ~ 1, test = "levinlin", lags = 1): p = 0.978068730305
    # (test_unitroot.py), shown as %.4g
    assert english["NULL"] == ["unit root (all units)"]
    assert english["VERDICT"] == ["do not reject unit root (all units) at 5% (p = 0.9781)"]
    assert chinese["NULL"] == ["单位根（所有个体）"]
    assert chinese["VERDICT"] == ["在 5% 水平上不拒绝原假设：单位根（所有个体）（p = 0.9781）"]
    # the LLC table warning, from the pure module's Phrases
    assert english["URWARN"] == ["inv (level): LLC adjustment at T: 20 is outside the table "
                                 "(25-500); the value at 25 is used."]
    assert chinese["URWARN"] == ["inv（level）：T 处的 LLC 调整值：20 超出表的范围（25-500）；"
                                 "使用 25 处的值。"]
    # the panel VAR's warning about the unit with too few periods
    idle = [w for w in english["PVWARN"] if "contribute nothing" in w]
    assert idle == ["1 unit(s) contribute nothing (each row needs 2 consecutive complete "
                    "periods and a later one): 9"], english["PVWARN"]
    zh = [w for w in chinese["PVWARN"] if w.startswith("1 个个体没有可用的观测")]
    assert len(zh) == 1 and zh[0].endswith("：9") and _has_chinese(zh[0]), chinese["PVWARN"]
    assert not any("contribute nothing" in w for w in chinese["PVWARN"])
    # the report's legend: the ten grades in the interface's language, also when the table
    # holds them in English
    assert len(english["LEGEND"]) == 10 and len(chinese["LEGEND"]) == 10
    assert english["LEGEND"][1] == "Severe imbalance" and \
        english["LEGEND"][7] == "Moderate coordination"
    assert chinese["LEGEND"][1] == "严重失调" and chinese["LEGEND"][7] == "中级协调"


def test_a_listing_reads_as_before_in_english_and_is_translated_with_its_items():
    import copy
    import pickle
    from ecosecurity.algorithms.errors import EcoError, Listing, Phrase, rendered
    items = [Phrase("unit {unit} in {period}", unit=u, period=2000 + u) for u in range(8)]
    listing = Listing(items[:3], 3, total=8)
    assert str(listing) == "unit 0 in 2000, unit 1 in 2001, unit 2 in 2002 and 5 more"
    assert str(Listing(["a", "b"], 5)) == "a, b"
    chinese = {"unit {unit} in {period}": "个体 {unit}（{period}）",
               "{shown} and {n} more": "{shown} 等另外 {n} 项"}
    zh = lambda t: chinese.get(t, t)  # noqa: E731
    assert listing.message(zh) == "个体 0（2000）, 个体 1（2001）, 个体 2（2002） 等另外 5 项"
    err = EcoError("Bad cells: {where}.", where=listing)
    assert err.message(zh) == "Bad cells: 个体 0（2000）, 个体 1（2001）, 个体 2（2002） 等另外 5 项."
    # results holding Phrases are copied (dataclasses.asdict) and pickled without loss
    for copied in (copy.deepcopy(listing), pickle.loads(pickle.dumps(listing))):
        assert str(copied) == str(listing) and copied.message(zh) == listing.message(zh)
    assert copy.deepcopy(items[0]).message(zh) == "个体 0（2000）"
    assert rendered(items[1], zh) == "个体 1（2001）" and rendered(3.5, zh) == "3.5"
