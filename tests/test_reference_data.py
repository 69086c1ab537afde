"""The reference data the tests compare with are all in tests/data, with their licences:
a clone of the project alone runs every comparison (a lost file fails here too, not only
in the test that reads it)."""
import pytest

from conftest import REFERENCE
from test_circuit_verify import _cases


def test_circuitscape_verify_suite_is_complete():
    cases = _cases()
    assert len(cases) == 49, cases  # Circuitscape.jl's raster verify cases with outputs
    assert {c.rstrip("0123456789") for c in cases} == {
        "sgVerify", "mgVerify", "oneToAllVerify", "allToOneVerify"}
    assert len(list((REFERENCE / "circuitscape").rglob("*"))) > 800


@pytest.mark.parametrize("folder, files", [
    ("circuitscape", ["LICENSE.md", "SOURCE.md"]),
    ("mspa", ["SOURCE.md"] + ["corsica_mspa_%s.tif" % k for k in (
        "ew1_c4_t1_i1", "ew1_c8_t1_i1", "ew2_c8_t0_i1", "ew2_c8_t1_i0", "ew2_c8_t1_i1",
        "ew3_c4_t0_i0", "ew3_c8_t1_i1", "ew5_c8_t1_i1")]),
    ("conefor", ["SOURCE.md", "nodes.txt", "distances.txt", "node_importances.txt"]),
    ("panel", ["SOURCE.md", "EXPECTED.md", "dahlberg.csv", "grunfeld.csv"])])
def test_reference_files_and_their_attribution(folder, files):
    missing = [f for f in files if not (REFERENCE / folder / f).is_file()]
    assert missing == [], "missing in tests/data/%s: %s" % (folder, missing)
