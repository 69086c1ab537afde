"""MSPA (algorithms/sources/mspa*.py) against the JRC engine of GuidosToolbox: the
reference rasters of Corsica pixel for pixel, the engine itself (pyguidos 2.6.3, see
tests/mspa_oracle.py) on generated landscapes, and bad input."""
import re

import numpy as np
import pytest
from scipy import ndimage as ndi

from conftest import REFERENCE, SAMPLE, cases_or_failure
from ecosecurity.algorithms.sources import mspa

MSPA_REF = REFERENCE / "mspa"
CORSICA = SAMPLE / "corsica" / "fnf_2018.tif"


def read(path):
    from osgeo import gdal
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def differences(mine, ref):
    """'ref->mine: count' of the differing pixels, for failure messages."""
    d = mine != ref
    if not d.any():
        return {}
    pairs, counts = np.unique(np.stack([ref[d], mine[d]]), axis=1, return_counts=True)
    return {"%d->%d" % tuple(p): int(c) for p, c in zip(pairs.T, counts)}


REFERENCES = sorted(p.name for p in MSPA_REF.glob("corsica_mspa_*.tif"))


@pytest.fixture(scope="module")
def corsica():
    assert CORSICA.exists(), f"missing {CORSICA}"
    return read(CORSICA)


@pytest.mark.parametrize("name", cases_or_failure(REFERENCES, MSPA_REF / "corsica_mspa_*.tif"))
def test_reference_rasters(corsica, name):
    # corsica_mspa_ew<E>_c<8|4>_t<1|0>_i<1|0>.tif
    ew, conn, trans, intext = (int(v) for v in re.match(
        r"corsica_mspa_ew(\d+)_c(\d)_t(\d)_i(\d)\.tif$", name).groups())
    mine = mspa.mspa(corsica, ew, conn, bool(trans), bool(intext))
    ref = read(MSPA_REF / name)
    assert mine.dtype == np.uint8 and mine.shape == ref.shape
    assert differences(mine, ref) == {}


# --- generated landscapes, against the engine ---------------------------------------

def random_map(rng, shape, density, smooth):
    noise = rng.random(shape)
    if smooth:
        noise = ndi.uniform_filter(noise, smooth)
        density = np.quantile(noise, 1 - density)
        return np.where(noise > density, 2, 1).astype(np.uint8)
    return np.where(noise < density, 2, 1).astype(np.uint8)


def with_missing(rng, a):
    a = a.copy()
    blobs = ndi.uniform_filter(rng.random(a.shape), 7) > 0.56
    a[blobs] = 0
    a[:, :3] = 0            # a missing band on the border
    return a


def thin_lines(shape):
    a = np.ones(shape, np.uint8)
    a[shape[0] // 3, :] = 2
    a[:, shape[1] // 2] = 2
    a[2 * shape[0] // 3, 5:shape[1] - 5] = 2
    idx = np.arange(min(shape) - 4)
    a[idx + 2, idx + 2] = 2                                       # 8-connected diagonal
    a[idx[:-1] + 2, shape[1] - 3 - idx[:-1]] = 2
    a[idx[:-1] + 3, shape[1] - 3 - idx[:-1]] = 2                  # a 4-connected one
    return a


def holes(shape):
    a = np.ones(shape, np.uint8)
    a[4:-4, 4:-4] = 2
    for i, size in enumerate((1, 2, 3, 5, 8, 13)):
        y, x = 8 + 3 * i, 8 + 12 * i
        a[y:y + size, x:x + size] = 1
    a[shape[0] // 2:shape[0] // 2 + 16, 10:26] = 1                 # a big hole ...
    a[shape[0] // 2 + 4:shape[0] // 2 + 12, 14:22] = 2             # ... with an island
    a[shape[0] // 2 + 7, 17] = 1                                   # ... with a hole
    return a


def single_pixels(rng, shape):
    a = np.ones(shape, np.uint8)
    a[rng.random(shape) < 0.05] = 2
    a[10:30, 10:30] = 2
    a[rng.random(shape) < 0.01] = 0
    return a


def rings(shape):
    yy, xx = np.mgrid[:shape[0], :shape[1]]
    a = np.ones(shape, np.uint8)
    for cy, cx, r, w in ((25, 25, 18, 3), (25, 75, 15, 1.5), (70, 40, 22, 6),
                         (70, 95, 12, 2)):
        d = np.hypot(yy - cy, xx - cx)
        a[(d <= r) & (d > r - w)] = 2
    a[60:80, 30:50] = 2          # core inside a ring, linked to it
    a[69:71, 20:60] = 2
    return a


def corridors(shape):
    a = np.ones(shape, np.uint8)
    a[5:35, 5:35] = 2
    a[5:35, -35:-5] = 2
    a[-35:-5, 5:35] = 2
    a[-35:-5, -35:-5] = 2
    for i, w in enumerate((1, 2, 3, 4)):
        y = 8 + 7 * i
        a[y:y + w, 35:-35] = 2                                   # straight bridges
    for i in range(2 * shape[0] // 3):                           # a diagonal one
        y = 35 + i * (shape[0] - 70) // (2 * shape[0] // 3)
        x = 20 + i * (shape[1] - 40) // (2 * shape[0] // 3)
        a[y:y + 2, x:x + 2] = 2
    a[20, 35:45] = 2                                             # a branch
    a[10:25, 60:62] = 2                                          # a loop's leg
    return a


def no_background(rng, shape, share, block=False):
    """Foreground and missing data only (the engine's distances then wrap around when
    every missing pixel lies near foreground)."""
    a = np.full(shape, 2, np.uint8)
    a[rng.random(shape) < share] = 0
    if block:
        a[10:30, 10:35] = 0
    return a


def landscapes():
    rng = np.random.default_rng(20261122)
    maps = {
        "random30": random_map(rng, (90, 110), 0.3, 0),
        "random50": random_map(rng, (64, 64), 0.5, 0),
        "random70": random_map(rng, (80, 70), 0.7, 0),
        "patchy40": random_map(rng, (120, 140), 0.4, 5),
        "patchy60": random_map(rng, (150, 120), 0.6, 9),
        "patchy75_large": random_map(rng, (220, 200), 0.75, 13),
        "patchy55_missing": with_missing(rng, random_map(rng, (130, 150), 0.55, 7)),
        "random60_missing": with_missing(rng, random_map(rng, (70, 90), 0.6, 0)),
        "thin_lines": thin_lines((60, 80)),
        "holes": holes((110, 100)),
        "single_pixels": single_pixels(rng, (60, 60)),
        "rings": rings((100, 120)),
        "corridors": corridors((110, 130)),
        "no_background": no_background(rng, (40, 50), 0.1),
        "no_background_far_missing": no_background(rng, (60, 45), 0.02, block=True),
        "tiny": np.array([[1, 2, 2], [2, 2, 1], [0, 2, 2]], np.uint8),
        "one_pixel": np.pad(np.array([[2]], np.uint8), 3, constant_values=1),
    }
    return maps


LANDSCAPES = landscapes()
# Transition does not change the engine's codes (only its colours), so it is varied on
# the two maps rich in loops and bridges only, to keep the run short
ALL_PARAMS = [(ew, c, True, i) for ew in (1, 2, 3, 4, 5) for c in (8, 4)
              for i in (True, False)]
NO_TRANSITION = ("corridors", "rings")


@pytest.fixture(scope="module")
def oracle():
    try:
        import mspa_oracle
    except ImportError:
        from . import mspa_oracle
    mspa_oracle.load()  # `make test` fetches it; without it these tests fail, never skip
    return mspa_oracle.oracle_mspa


@pytest.mark.parametrize("name", sorted(LANDSCAPES))
def test_landscapes_against_engine(oracle, name):
    a = LANDSCAPES[name]
    failures = {}
    params = ALL_PARAMS + ([(e, c, False, i) for e, c, _, i in ALL_PARAMS]
                           if name in NO_TRANSITION else [])
    for ew, conn, trans, intext in params:
        mine = mspa.mspa(a, ew, conn, trans, intext)
        ref = oracle(a, ew, conn, trans, intext)
        diff = differences(mine, ref)
        if diff:
            failures[(ew, conn, trans, intext)] = diff
    assert failures == {}


def test_random_maps_against_engine(oracle):
    """Many small seeded maps, each with drawn parameters."""
    rng = np.random.default_rng(7)
    failures = {}
    for case in range(60):
        shape = tuple(rng.integers(12, 70, size=2))
        a = random_map(rng, shape, rng.uniform(0.2, 0.85), int(rng.choice([0, 0, 3, 5])))
        if case % 3 == 0:
            a[rng.random(shape) < 0.1] = 0
        if (a == 2).all() or not (a == 2).any():
            continue
        ew, conn = int(rng.integers(1, 6)), int(rng.choice([4, 8]))
        trans, intext = bool(rng.integers(2)), bool(rng.integers(2))
        diff = differences(mspa.mspa(a, ew, conn, trans, intext),
                           oracle(a, ew, conn, trans, intext))
        if diff:
            failures[(case, ew, conn, trans, intext)] = diff
    assert failures == {}


def test_tiny_maps_against_engine(oracle):
    rng = np.random.default_rng(3)
    failures = {}
    for shape in [(1, 1), (1, 2), (2, 1), (1, 7), (7, 1), (2, 2), (3, 3), (2, 9), (5, 3)]:
        for rep in range(4):
            a = rng.integers(0, 3, size=shape).astype(np.uint8)
            if rep == 0:
                a[:] = 2
                a.flat[-1] = 0
            if not (a == 2).any() or (a == 2).all():
                continue
            for ew, conn, intext in ((1, 8, True), (3, 4, False), (6, 8, True)):
                diff = differences(mspa.mspa(a, ew, conn, True, intext),
                                   oracle(a, ew, conn, True, intext))
                if diff:
                    failures[(shape, rep, ew, conn, intext)] = diff
    assert failures == {}


# --- hand-made cases -----------------------------------------------------------------

def test_connectivity_4_vs_8():
    """Two cores joined only diagonally: one bridge with 8-connectivity; with
    4-connectivity the diagonal staircase is no link at all."""
    a = np.ones((21, 30), np.uint8)
    a[4:17, 2:11] = 2
    a[4:17, 19:28] = 2
    for i in range(8):                       # 1-pixel diagonal staircase between them
        a[6 + i, 11 + i] = 2
    eight = mspa.mspa(a, 1, 8, True, False)
    four = mspa.mspa(a, 1, 4, True, False)
    link = (slice(6, 14), slice(11, 19))
    assert set(np.unique(eight[link][a[link] == 2])) <= {33, 35}
    assert 33 in eight[link]
    # 4-connected: the staircase pixels are separate islets or branches, never bridges
    assert not np.isin(four[link], (33, 35, 37)).any()
    assert (eight != four).any()


def test_core_edge_islet_codes():
    a = np.ones((20, 20), np.uint8)
    a[2:14, 2:14] = 2
    a[17, 17] = 2
    out = mspa.mspa(a, 1, 8, True, False)
    assert out[8, 8] == 17 and out[2, 8] == 3 and out[17, 17] == 9 and out[0, 0] == 0
    a[0, 0] = 0
    assert mspa.mspa(a, 1, 8, True, False)[0, 0] == 129


def test_transition_changes_only_colours():
    a = LANDSCAPES["corridors"]
    assert (mspa.mspa(a, 2, 8, True, True) == mspa.mspa(a, 2, 8, False, True)).all()
    assert mspa.colour_table(True)[35] == (255, 0, 0)
    assert mspa.colour_table(False)[35] == (0, 0, 0)
    assert mspa.colour_table(False)[69] == (0, 0, 255)


def test_class_statistics():
    out = mspa.mspa(LANDSCAPES["rings"], 1, 8, True, True)
    rows = mspa.class_statistics(out)
    fg = [r for r in rows if r[3] is not None]
    assert abs(sum(r[3] for r in fg) - 100.0) < 1e-9
    counts = {r[0]: r[2] for r in rows}
    assert sum(counts.values()) == out.size
    assert all(name for _, name, _, _ in rows)


def test_map_input():
    v = np.array([[0, 1, 2, 3], [5, -9999, 2, 7]], dtype=np.int32)
    m = mspa.map_input(v, foreground=[2, 3], missing=[0], nodata=-9999)
    assert m.tolist() == [[0, 1, 2, 2], [1, 0, 2, 1]]
    f = np.array([[np.nan, 1.0, 2.0]])
    assert mspa.map_input(f).tolist() == [[0, 1, 2]]


@pytest.mark.parametrize("a, kwargs, message", [
    (np.ones((5, 5), np.uint8), {}, "no foreground"),
    (np.zeros((5, 5), np.uint8), {}, "no foreground"),
    (np.full((5, 5), 2, np.uint8), {}, "all foreground"),
    (np.array([[1, 2]], np.uint8), {"edge_width": 0}, "edge width"),
    (np.array([[1, 2]], np.uint8), {"edge_width": 1.5}, "edge width"),
    (np.array([[1, 2]], np.uint8), {"connectivity": 6}, "connectivity"),
    (np.array([[1, 2, 3]], np.uint8), {}, "only 0"),
    (np.ones((2, 2, 2), np.uint8), {}, "2-D"),
])
def test_bad_input(a, kwargs, message):
    with pytest.raises(mspa.MSPAError, match=message):
        mspa.mspa(a, **kwargs)
    assert issubclass(mspa.MSPAError, ValueError)
