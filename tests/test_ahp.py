"""AHP on Saaty's published examples, and the matrix checks."""
import numpy as np
import pytest

from ecosecurity.algorithms.resistance import ahp

# Saaty (1977, 1980): relative wealth of nations; published eigenvector and lambda_max
WEALTH = ("1,4,9,6,6,5,5; 1/4,1,7,5,5,3,4; 1/9,1/7,1,1/5,1/5,1/7,1/5; 1/6,1/5,5,1,1,1/3,1/3;"
          "1/6,1/5,5,1,1,1/3,1/3; 1/5,1/3,7,3,3,1,2; 1/5,1/4,5,3,3,1/2,1")
# Saaty (2008, Int. J. Services Sciences 1:83-98): drink consumption in the US
DRINKS = ("1,9,5,2,1,1,1/2; 1/9,1,1/3,1/9,1/9,1/9,1/9; 1/5,3,1,1/3,1/4,1/3,1/9;"
          "1/2,9,3,1,1/2,1,1/3; 1,9,4,2,1,2,1/2; 1,9,3,1,1/2,1,1/3; 2,9,9,3,2,3,1")


def test_wealth_of_nations():
    r = ahp.ahp(WEALTH)
    np.testing.assert_allclose(r["weights"], [0.427, 0.230, 0.021, 0.052, 0.052, 0.123,
                                              0.094], atol=5e-4)
    assert r["lambda_max"] == pytest.approx(7.61, abs=5e-3)
    assert r["ci"] == pytest.approx((r["lambda_max"] - 7) / 6)
    assert r["cr"] == pytest.approx(r["ci"] / 1.32)


def test_drink_consumption():
    r = ahp.ahp(DRINKS)
    np.testing.assert_allclose(r["weights"], [0.177, 0.019, 0.042, 0.116, 0.190, 0.129,
                                              0.327], atol=5e-4)
    assert r["cr"] == pytest.approx(0.022, abs=5e-4)
    assert r["consistent"]


def test_consistent_matrix_has_zero_ci():
    # a_ij = w_i / w_j exactly: lambda_max = n, CI = CR = 0, the weights come back
    w = np.array([0.5, 0.25, 0.15, 0.1])
    # repr of Python floats: every digit, and no np.float64(...) wrapper on numpy 2
    text = ";".join(",".join(repr(float(a / b)) for b in w) for a in w)
    r = ahp.ahp(text)
    np.testing.assert_allclose(r["weights"], w, rtol=1e-12)
    assert abs(r["ci"]) < 1e-12 and abs(r["cr"]) < 1e-12


def test_two_factors_are_always_consistent():
    r = ahp.ahp("1,3; 1/3,1")
    np.testing.assert_allclose(r["weights"], [0.75, 0.25])
    assert r["cr"] == 0.0


@pytest.mark.parametrize("text, message", [
    ("1,3; 1/2,1", r"not reciprocal: entry \(1, 2\) is 3 but entry \(2, 1\) is 0.5; it should "
                   r"be 1/3"),
    ("1,3,1; 1/3,1", "must be square"),
    ("1,-3; -1/3,1", "must be positive"),
    ("2,3; 1/3,1", "diagonal entry of row 1 is 2"),
    ("1,x; 1,1", r"row 1, entry 2: 'x' is not a number"),
    ("", "MATRIX is empty")])
def test_bad_matrices(text, message):
    with pytest.raises(ahp.AHPError, match=message):
        ahp.ahp(text)


def test_decimal_reciprocals_are_accepted():
    r = ahp.ahp("1, 3, 5; 0.333, 1, 2; 0.2, 0.5, 1")
    assert r["weights"].sum() == pytest.approx(1.0)


def test_worst_judgement_points_at_the_odd_cell():
    # consistent 16:8:4:2:1 except a_15 = a_51 = 1: that pair strays furthest
    w = np.array([16.0, 8.0, 4.0, 2.0, 1.0])
    A = w[:, None] / w[None, :]
    A[0, 4] = A[4, 0] = 1.0
    r = ahp.ahp(";".join(",".join(repr(float(x)) for x in row) for row in A))
    assert not r["consistent"]
    i, j, given, implied = ahp.worst_judgement(r["matrix"], r["weights"])
    assert (min(i, j), max(i, j)) == (0, 4) and given == 1.0
