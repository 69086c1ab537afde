"""The coupling-coordination tools through processing.run, checked against numbers."""
import os

import numpy as np
import pytest

from conftest import SAMPLE, WORLD_MAP, read_layer
from helpers import read_csv, write_csv
from test_indicators import reference_composite

PRODUC = str(SAMPLE / "produc.csv")
US_STATES = WORLD_MAP + "|layername=states_provinces|subset=\"adm0_a3\" = 'USA'"


def produc_matrix(fields):
    rows = read_csv(PRODUC)
    return rows, np.array([[float(r[f]) for f in fields] for r in rows])


def test_compositeindex_on_the_produc_panel(run, tmp_path):
    res = run("compositeindex", {
        "INPUT": PRODUC, "POSITIVE_FIELDS": ["gsp", "emp", "pc"], "NEGATIVE_FIELDS": ["unemp"],
        "SCALING": 0, "WEIGHTING": 0, "INDEX_FIELD": "U2",
        "CRITERIA": "Output: gsp, emp; Capital: pc",
        "OUTPUT": str(tmp_path / "u.gpkg"), "OUTPUT_WEIGHTS": str(tmp_path / "w.csv")})
    rows, X = produc_matrix(["gsp", "emp", "pc", "unemp"])
    U, w = reference_composite(X.tolist(), [True, True, True, False])
    out = read_layer(res["OUTPUT"])
    assert len(out) == 816
    assert [o["state"] for o in out] == [r["state"] for r in rows]  # row order kept
    np.testing.assert_allclose([o["U2"] for o in out], U, rtol=1e-12)
    weights = read_csv(res["OUTPUT_WEIGHTS"])
    assert [r["indicator"] for r in weights] == ["gsp", "emp", "pc", "unemp"]
    assert [r["direction"] for r in weights] == ["positive"] * 3 + ["negative"]
    assert [r["criterion"] for r in weights] == ["Output", "Output", "Capital", ""]
    np.testing.assert_allclose([float(r["weight"]) for r in weights], w, rtol=1e-9)
    sub = np.array([[o["U2_Output"], o["U2_Capital"]] for o in out])
    np.testing.assert_allclose(sub.sum(axis=1) + w[3] * (X[:, 3].max() - X[:, 3]) /
                               np.ptp(X[:, 3]), U, rtol=1e-9)


def test_compositeindex_weights_per_year(run, tmp_path):
    res = run("compositeindex", {
        "INPUT": PRODUC, "POSITIVE_FIELDS": ["hwy", "water", "util"], "GROUP_FIELD": "year",
        "SCALING": 1, "OUTPUT": str(tmp_path / "u.gpkg"),
        "OUTPUT_WEIGHTS": str(tmp_path / "w.csv")})
    rows, X = produc_matrix(["hwy", "water", "util"])
    out = read_layer(res["OUTPUT"])
    years = np.array([int(r["year"]) for r in rows])
    weights = read_csv(res["OUTPUT_WEIGHTS"])
    assert len(weights) == 17 * 3 and weights[0]["year"] == "1970"
    for year in (1970, 1986):
        sel = years == year
        U, w = reference_composite(X[sel].tolist(), [True] * 3, shifted=True)
        np.testing.assert_allclose(np.array([o["U"] for o in out])[sel], U, rtol=1e-12)
        got = [float(r["weight"]) for r in weights if r["year"] == str(year)]
        np.testing.assert_allclose(got, w, rtol=1e-9)


def test_constant_indicator_warns_and_gets_zero_weight(run, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):
            self.warnings.append(text)

    path = write_csv(tmp_path / "t.csv", ["id", "a", "b", "c"],
                     [[1, 1, 7, 3], [2, 2, 7, 1], [3, 4, 7, 2]])
    log = Log()
    res = run("compositeindex", {"INPUT": path, "POSITIVE_FIELDS": ["a", "b", "c"],
                                 "OUTPUT": "TEMPORARY_OUTPUT",
                                 "OUTPUT_WEIGHTS": str(tmp_path / "w.csv")}, log)
    assert any("weight 0: b" in w for w in log.warnings)
    w = {r["indicator"]: float(r["weight"]) for r in read_csv(res["OUTPUT_WEIGHTS"])}
    assert w["b"] == 0.0 and w["a"] + w["c"] == pytest.approx(1.0)


def coupling_input(tmp_path, rows):
    return write_csv(tmp_path / "u.csv", ["region", "year", "U1", "U2", "U3"], rows)


def test_couplingcoordination_two_systems(run, tmp_path):
    path = coupling_input(tmp_path, [["a", 2020, 0.3, 0.6, 0.1], ["b", 2020, 0.5, 0.5, 0.2],
                                     ["c", 2020, 0.9, 0.2, 0.3], ["d", 2020, 1.0, 1.0, 1.0]])
    res = run("couplingcoordination", {"INPUT": path, "SYSTEM_FIELDS": ["U1", "U2"],
                                       "OUTPUT": str(tmp_path / "cc.gpkg")})
    out = read_layer(res["OUTPUT"])
    np.testing.assert_allclose([o["C"] for o in out],
                               [2 * np.sqrt(0.18) / 0.9, 1.0, 2 * np.sqrt(0.18) / 1.1, 1.0])
    np.testing.assert_allclose([o["T"] for o in out], [0.45, 0.5, 0.55, 1.0])
    D = [o["D"] for o in out]
    np.testing.assert_allclose(D, np.sqrt(np.array([o["C"] for o in out]) *
                                          np.array([0.45, 0.5, 0.55, 1.0])))
    # D = 0.651 (mild coordination 7), 0.707 (moderate 8), D = 1 exactly is high (10)
    assert [o["D_LEVEL"] for o in out] == [7, 8, 7, 10]
    assert out[3]["D_GRADE"] == "High coordination"
    assert [o["LAGGING"] for o in out] == ["U1", "synchronous", "U2", "synchronous"]
    np.testing.assert_allclose([o["REL_DEV"] for o in out], [0.5, 1.0, 4.5, 1.0])
    assert os.path.exists(str(tmp_path / "cc.qml"))  # opens styled by grade


def test_couplingcoordination_three_systems_corrected_custom_grades(run, tmp_path):
    path = coupling_input(tmp_path, [["a", 2020, 0.2, 0.4, 0.8], ["b", 2020, 0.5, 0.5, 0.5]])
    res = run("couplingcoordination", {
        "INPUT": path, "SYSTEM_FIELDS": ["U1", "U2", "U3"], "MODEL": 1,
        "SYSTEM_WEIGHTS": "0.5, 0.3, 0.2", "GRADES": 1, "BREAKS": "0,0.5,1",
        "LABELS": "Uncoordinated, Coordinated", "OUTPUT": str(tmp_path / "cc.gpkg")})
    out = read_layer(res["OUTPUT"])
    C = np.sqrt(0.6 * np.sqrt(0.125))
    assert out[0]["C"] == pytest.approx(C, abs=1e-12)
    assert out[0]["T"] == pytest.approx(0.38)
    assert out[0]["D"] == pytest.approx(np.sqrt(C * 0.38), abs=1e-12)
    # D = sqrt(1 * 0.5) = 0.707 -> the upper class; D of row a is 0.418 -> the lower one
    assert [o["D_GRADE"] for o in out] == ["Uncoordinated", "Coordinated"]
    assert "LAGGING" not in out[0]


def test_joingrades_wide_and_long_on_us_states(run, tmp_path):
    cc = run("couplingcoordination", {
        "INPUT": PRODUC_U(run, tmp_path), "SYSTEM_FIELDS": ["U1", "U2"],
        "OUTPUT": str(tmp_path / "cc.gpkg")})["OUTPUT"]
    wide = read_layer(run("joingrades", {
        "INPUT": cc, "TABLE_KEY": "state", "REGIONS": US_STATES, "REGION_KEY": "name",
        "TIME_FIELD": "year", "FIELDS": ["D", "D_LEVEL", "D_GRADE"], "LAYOUT": 0,
        "OUTPUT": str(tmp_path / "wide.gpkg")})["OUTPUT"])
    table = read_layer(cc)
    assert len(wide) == 48  # 'NEW_YORK' met 'New York' through loose matching
    ny = next(f for f in wide if f["name"] == "New York")
    ny_rows = {int(r["year"]): r for r in table if r["state"] == "NEW_YORK"}
    for year in (1970, 1978, 1986):
        assert ny["D_%d" % year] == pytest.approx(ny_rows[year]["D"])
        assert ny["D_GRADE_%d" % year] == ny_rows[year]["D_GRADE"]
    assert os.path.exists(str(tmp_path / "wide.qml"))
    style = (tmp_path / "wide.qml").read_text()
    assert 'attr="D_LEVEL_1986"' in style and "Primary coordination" in style

    long = read_layer(run("joingrades", {
        "INPUT": cc, "TABLE_KEY": "state", "REGIONS": US_STATES, "REGION_KEY": "name",
        "TIME_FIELD": "year", "LAYOUT": 1, "OUTPUT": str(tmp_path / "long.gpkg")})["OUTPUT"])
    assert len(long) == 816
    assert {f["year"] for f in long if f["name"] == "Texas"} == {str(y) for y in range(1970, 1987)}


def PRODUC_U(run, tmp_path):
    """produc with U1 (infrastructure) and U2 (economy), as the model builds them."""
    u1 = run("compositeindex", {"INPUT": PRODUC, "POSITIVE_FIELDS": ["hwy", "water", "util"],
                                "INDEX_FIELD": "U1", "OUTPUT": "TEMPORARY_OUTPUT",
                                "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return run("compositeindex", {"INPUT": u1, "POSITIVE_FIELDS": ["gsp", "emp", "pc"],
                                  "NEGATIVE_FIELDS": ["unemp"], "INDEX_FIELD": "U2",
                                  "OUTPUT": str(tmp_path / "u12.gpkg"),
                                  "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"})["OUTPUT"]
