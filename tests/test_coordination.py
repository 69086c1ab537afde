"""C, T and D for two and three systems under both models, and the grade table."""
import numpy as np
import pytest

from ecosecurity.algorithms.classify import breaks as B
from ecosecurity.algorithms.coupling import coordination as CC


def test_two_systems_classic():
    U = np.array([[0.3, 0.6], [0.5, 0.5], [0.0, 0.0], [0.0, 0.4]])
    C, T, D = CC.coordination(U)
    # 2 sqrt(0.18) / 0.9 = 0.942809; T = 0.45; D = sqrt(0.4242641) = 0.6513556
    np.testing.assert_allclose(C, [0.9428090416, 1.0, 0.0, 0.0], atol=1e-10)
    np.testing.assert_allclose(T, [0.45, 0.5, 0.0, 0.2])
    np.testing.assert_allclose(D, [0.6513556, np.sqrt(0.5), 0.0, 0.0], atol=1e-7)


def test_three_systems_classic():
    # (0.2 * 0.4 * 0.8)^(1/3) = 0.4, so C = 3 * 0.4 / 1.4 = 0.857143
    C, T, D = CC.coordination(np.array([[0.2, 0.4, 0.8]]), [0.5, 0.3, 0.2])
    assert C[0] == pytest.approx(6.0 / 7.0, abs=1e-12)
    assert T[0] == pytest.approx(0.1 + 0.12 + 0.16)
    assert D[0] == pytest.approx(np.sqrt(6.0 / 7.0 * 0.38))


def test_corrected_model():
    # two systems: sqrt[(1 - |0.3 - 0.6|) (0.3 / 0.6)] = sqrt(0.35)
    C, _, _ = CC.coordination(np.array([[0.3, 0.6], [0.4, 0.4]]), model=CC.CORRECTED)
    np.testing.assert_allclose(C, [np.sqrt(0.35), 1.0], atol=1e-12)
    # three systems: spread (0.2 + 0.6 + 0.4) / (1 + 2) = 0.4; prod U/max = 0.125;
    # C = sqrt(0.6 * 0.125^(1/2)) = 0.460578
    C, _, D = CC.coordination(np.array([[0.2, 0.4, 0.8]]), model=CC.CORRECTED)
    assert C[0] == pytest.approx(np.sqrt(0.6 * np.sqrt(0.125)), abs=1e-12)
    assert C[0] == pytest.approx(0.460578, abs=1e-6)
    assert D[0] == pytest.approx(np.sqrt(C[0] * 1.4 / 3))


def test_ten_level_grades_at_their_edges():
    D = np.array([0.0, 0.0999999, 0.1, 0.4999999, 0.5, 0.89, 0.9, 1.0])
    level = B.assign_classes(D, CC.TEN_LEVEL_BREAKS, "left")
    assert level.tolist() == [1, 1, 2, 5, 6, 9, 10, 10]
    assert CC.TEN_LEVEL_LABELS[level[4] - 1] == "Primary coordination"
    assert CC.TEN_LEVEL_LABELS[level[-1] - 1] == "High coordination"


def test_system_weights_must_sum_to_one():
    with pytest.raises(CC.CouplingError, match="must sum to 1, but 0.5, 0.6 sum to 1.1"):
        CC.system_weights([0.5, 0.6], 2)
    with pytest.raises(CC.CouplingError, match="3 weights for 2 systems"):
        CC.system_weights([0.3, 0.3, 0.4], 2)
    np.testing.assert_allclose(CC.system_weights(None, 4), [0.25] * 4)


def test_relative_development_names_the_lagging_system():
    ratio, lag = CC.relative_development([0.2, 0.5, 0.6, 0.0], [0.4, 0.52, 0.3, 0.0])
    np.testing.assert_allclose(ratio, [0.5, 0.5 / 0.52, 2.0, 1.0])
    assert lag.tolist() == [1, 0, 2, 0]
