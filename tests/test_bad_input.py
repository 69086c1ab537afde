"""Bad input: a clear QgsProcessingException naming what is wrong, and no output written."""
import os

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from helpers import write_csv, write_raster


@pytest.fixture
def indicators(tmp_path):
    return write_csv(tmp_path / "ind.csv", ["region", "year", "x1", "x2", "name"],
                     [["a", 2020, 1.0, 5.0, "n1"], ["b", 2020, 2.0, "", "n2"],
                      ["c", 2020, 3.0, 4.0, "n3"], ["d", 2020, 4.0, "", "n4"]])


def assert_fails(run, tmp_path, alg, params, message):
    out = str(tmp_path / "out.gpkg")
    params = dict(params, OUTPUT=out)
    with pytest.raises(QgsProcessingException, match=message):
        run(alg, params)
    assert not os.path.exists(out)
    assert not [p for p in os.listdir(tmp_path) if p.startswith("out") or ".part" in p]


def test_missing_field(run, tmp_path, indicators):
    assert_fails(run, tmp_path, "compositeindex",
                 {"INPUT": indicators, "POSITIVE_FIELDS": ["x1", "x9"],
                  "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"}, "x9")


def test_text_field(run, tmp_path, indicators):
    assert_fails(run, tmp_path, "compositeindex",
                 {"INPUT": indicators, "POSITIVE_FIELDS": ["x1", "name"],
                  "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"},
                 r"Field 'name' of layer 'ind' .* must hold numbers, but row 1 .* holds 'n1'")


def test_null_rows_are_named(run, tmp_path, indicators):
    assert_fails(run, tmp_path, "compositeindex",
                 {"INPUT": indicators, "POSITIVE_FIELDS": ["x1", "x2"],
                  "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"},
                 r"Field 'x2' of layer 'ind' is NULL in 2 row\(s\): 2 \(id \d+\), 4 \(id \d+\)")


def test_fewer_than_two_rows(run, tmp_path):
    path = write_csv(tmp_path / "one.csv", ["x1", "x2"], [[1, 2]])
    assert_fails(run, tmp_path, "compositeindex",
                 {"INPUT": path, "POSITIVE_FIELDS": ["x1", "x2"],
                  "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"}, "1 row.*at least two")


def test_negative_indicator_without_scaling(run, tmp_path, indicators):
    assert_fails(run, tmp_path, "compositeindex",
                 {"INPUT": indicators, "POSITIVE_FIELDS": ["x1"], "NEGATIVE_FIELDS": ["region"],
                  "SCALING": 2, "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"},
                 "negative indicators region cannot be reversed")


def test_given_weights_must_cover_every_indicator(run, tmp_path):
    path = write_csv(tmp_path / "t.csv", ["x1", "x2"], [[1, 2], [2, 1], [3, 3]])
    assert_fails(run, tmp_path, "compositeindex",
                 {"INPUT": path, "POSITIVE_FIELDS": ["x1", "x2"], "WEIGHTING": 2,
                  "GIVEN_WEIGHTS": "x1=1", "OUTPUT_WEIGHTS": "TEMPORARY_OUTPUT"},
                 "no weight for x2")


@pytest.fixture
def indices(tmp_path):
    return write_csv(tmp_path / "u.csv", ["region", "U1", "U2"],
                     [["a", 0.2, 0.4], ["b", 0.5, 1.3], ["c", 0.1, 0.1]])


def test_u_outside_unit_interval(run, tmp_path, indices):
    assert_fails(run, tmp_path, "couplingcoordination",
                 {"INPUT": indices, "SYSTEM_FIELDS": ["U1", "U2"]},
                 r"Index 'U2' of layer 'u' is 1.3 in row 2 .*outside \[0, 1\]")


def test_system_weights_not_summing_to_one(run, tmp_path):
    path = write_csv(tmp_path / "u.csv", ["U1", "U2"], [[0.2, 0.4], [0.5, 0.3]])
    assert_fails(run, tmp_path, "couplingcoordination",
                 {"INPUT": path, "SYSTEM_FIELDS": ["U1", "U2"], "SYSTEM_WEIGHTS": "0.6,0.6"},
                 "must sum to 1, but 0.6, 0.6 sum to 1.2")


def test_one_system_only(run, tmp_path):
    path = write_csv(tmp_path / "u.csv", ["U1", "U2"], [[0.2, 0.4], [0.5, 0.3]])
    assert_fails(run, tmp_path, "couplingcoordination",
                 {"INPUT": path, "SYSTEM_FIELDS": ["U1"]}, "at least two index fields")


def test_unsorted_breaks(run, tmp_path):
    path = write_csv(tmp_path / "u.csv", ["U1", "U2"], [[0.2, 0.4], [0.5, 0.3]])
    assert_fails(run, tmp_path, "couplingcoordination",
                 {"INPUT": path, "SYSTEM_FIELDS": ["U1", "U2"], "GRADES": 1,
                  "BREAKS": "0, 0.6, 0.3, 1", "LABELS": "a,b,c"},
                 "0.6 is followed by 0.3")
    assert_fails(run, tmp_path, "classifyfield",
                 {"INPUT": path, "FIELD": "U1", "METHOD": 3, "BREAKS": "1,0",
                  "OUTPUT_BREAKS": "TEMPORARY_OUTPUT"}, "must rise strictly")


def test_labels_do_not_fit_breaks(run, tmp_path):
    path = write_csv(tmp_path / "u.csv", ["U1", "U2"], [[0.2, 0.4], [0.5, 0.3]])
    assert_fails(run, tmp_path, "couplingcoordination",
                 {"INPUT": path, "SYSTEM_FIELDS": ["U1", "U2"], "GRADES": 1,
                  "BREAKS": "0, 0.5, 1", "LABELS": "a,b,c"}, "3 labels but the breaks make 2")


def test_all_nodata_raster(run, tmp_path):
    src = write_raster(tmp_path / "empty.tif", np.full((5, 5), -1, np.float32), nodata=-1)
    out = str(tmp_path / "out.tif")
    with pytest.raises(QgsProcessingException, match="no valid cells"):
        run("classifyraster", {"INPUT": src, "OUTPUT": out, "OUTPUT_BREAKS": "TEMPORARY_OUTPUT"})
    assert not os.path.exists(out)


def test_joingrades_nothing_matches(run, tmp_path, indices):
    from conftest import WORLD_MAP
    assert_fails(run, tmp_path, "joingrades",
                 {"INPUT": indices, "TABLE_KEY": "region", "REGION_KEY": "name",
                  "REGIONS": WORLD_MAP + "|layername=states_provinces"},
                 "No key of 'region' .* matches a 'name'")


def test_joingrades_duplicate_rows(run, tmp_path):
    from conftest import WORLD_MAP
    path = write_csv(tmp_path / "d.csv", ["state", "year", "D"],
                     [["Texas", 2000, 0.5], ["Ohio", 2000, 0.4], ["Texas", 2000, 0.6]])
    assert_fails(run, tmp_path, "joingrades",
                 {"INPUT": path, "TABLE_KEY": "state", "TIME_FIELD": "year",
                  "REGION_KEY": "name", "REGIONS": WORLD_MAP + "|layername=states_provinces"},
                 r"Texas, 2000 \(rows 1 and 3\)")


class CancelLate(QgsProcessingFeedback):
    """Cancels once the tool is past reading and computing, while it writes."""

    def setProgress(self, value):
        super().setProgress(value)
        if value >= 60:
            self.cancel()


def test_cancel_while_writing_leaves_nothing(run, tmp_path):
    out = str(tmp_path / "cc.gpkg")
    path = write_csv(tmp_path / "u.csv", ["U1", "U2"], [[0.2, 0.4], [0.5, 0.3], [0.1, 0.9]])
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("couplingcoordination", {"INPUT": path, "SYSTEM_FIELDS": ["U1", "U2"],
                                     "OUTPUT": out}, CancelLate())
    assert not os.path.exists(out)

    grid = np.arange(400, dtype=np.float32).reshape(20, 20)
    src = write_raster(tmp_path / "g.tif", grid)
    out = str(tmp_path / "cls.tif")
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run("classifyraster", {"INPUT": src, "OUTPUT": out,
                               "OUTPUT_BREAKS": str(tmp_path / "b.csv")}, CancelLate())
    assert sorted(os.listdir(tmp_path)) == ["g.tif", "u.csv"]
