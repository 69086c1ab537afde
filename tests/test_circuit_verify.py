"""The circuit engine against Circuitscape.jl's raster verify suite, plus edge cases.

Every raster case with expected outputs is run from the .ini Circuitscape.jl's own test
suite runs (input/raster/<mode>/<n>/<name>.ini; the copies in output_verify/ carry the
paths of the old Python layout, and their options are the same). Resistances must match
element-wise within 1e-6 and every expected map by sum of squared differences < 1e-6.
GeoTIFF inputs are read from the .asc twin beside them (no GDAL in pure tests).

Four reference quirks are handled openly:
- a run whose .ini writes no current maps gets an all-zero cumulative map (sgVerify12);
- maps of pairs (or, in one-to-all / all-to-one, of focal nodes) the include table leaves
  unsolved are leftovers of an older configuration (sgVerify13, oneToAllVerify12 4/11/51,
  allToOneVerify12 4); they are checked against a second run without the include table
  (allToOneVerify12's curmap_4, written by an older Circuitscape with 17-digit numbers, also
  without the strength list; it is not part of that case's cum_curmap);
- resistances are compared within 1e-6 absolute or 1e-6 relative, whichever is larger:
  sgVerify17's resistances (up to ~2900 ohm) come from CG stopped at rtol 1e-6, so they are
  off by up to 1.3e-4 ohm (4e-8 relative) from the exact solution;
- eleven maps of oneToAllVerify12 come from an exclude-mode pair list, not from its .ini, and
  are not compared (KNOWN_STALE_MAPS says which and why).
"""
import configparser
import pathlib
import re

import numpy as np
import pytest

import ascgrid
from conftest import REFERENCE, cases_or_failure
from ecosecurity.algorithms.corridors import cholesky, circuit, solver

CS = REFERENCE / "circuitscape"
VERIFY = CS / "output_verify"
MODES = {"sg": "pairwise", "mg": "advanced", "oneToAll": "one_to_all", "allToOne": "all_to_one"}
NAME = re.compile(r"(sg|mg|oneToAll|allToOne)Verify(\d+)$")
TRUE = ("true", "1", "yes")


def _config(path):
    parser = configparser.ConfigParser(inline_comment_prefixes=("#",))
    parser.read(path)
    return {k: v.strip() for s in parser.sections() for k, v in parser.items(s)}


def _cases():
    names = set()
    for ini in VERIFY.glob("*.ini"):
        if _config(ini).get("data_type") == "raster":
            names.add(ini.stem)
    for ini in (CS / "input" / "raster").glob("*/*/*.ini"):
        if NAME.match(ini.stem) and any(VERIFY.glob(ini.stem + "_*")):
            names.add(ini.stem)
    return sorted(names, key=lambda s: (NAME.match(s).group(1), int(NAME.match(s).group(2))))


def _ini_path(name):
    kind, num = NAME.match(name).groups()
    return CS / "input" / "raster" / MODES[kind] / num / f"{name}.ini"


def _grid_path(rel):
    path = CS / rel
    if ".tif" in path.name:  # pure tests read the ASCII twin of a GeoTIFF
        path = path.with_name(path.name.split(".tif")[0] + ".asc")
    return reference_file(path)


def reference_file(path):
    """A reference file, or its gzipped copy (tests/data keeps the largest grids gzipped);
    missing, it fails the test."""
    path = pathlib.Path(path)
    if not path.exists() and path.with_name(path.name + ".gz").exists():
        path = path.with_name(path.name + ".gz")
    assert path.exists(), f"missing reference file {path}"
    return path


def _grid(rel):
    return ascgrid.read_asc(_grid_path(rel))


def _points(rel, header, shape):
    """Focal nodes: id raster or (row, col, id) rows from a value-x-y list."""
    if rel.endswith(".txt"):
        data = ascgrid.read_xy_list(CS / rel)
        r, c = ascgrid.xy_to_cells(data[:, 1], data[:, 2], header)
        return np.c_[r, c, data[:, 0]]
    return _grid(rel)[0]


def _value_raster(rel, header, shape):
    """Source or ground raster; a value-x-y list becomes a raster (NaN elsewhere)."""
    if rel.endswith(".txt"):
        data = ascgrid.read_xy_list(CS / rel)
        r, c = ascgrid.xy_to_cells(data[:, 1], data[:, 2], header)
        out = np.full(shape, np.nan)
        out[r, c] = data[:, 0]
        return out
    return _grid(rel)[0]


def _included_pairs(rel):
    """Circuitscape's include file: a min/max matrix or a 'mode include|exclude' pair list."""
    lines = (CS / rel).read_text().split("\n")
    if lines[0].lower().startswith("min"):
        lo, hi = float(lines[0].split()[1]), float(lines[1].split()[1])
        mat = np.array([ln.split() for ln in lines[2:] if ln.strip()], dtype=float)
        ids, vals = mat[0, 1:].astype(int), mat[1:, 1:]
        vals = np.where(vals > hi, 0.0, vals)
        return ids, vals >= lo
    mode = lines[0].split()[1].lower()
    pairs = np.array([ln.split() for ln in lines[1:] if ln.strip()], dtype=float).astype(int)
    ids = np.unique(pairs)
    ids = ids[ids != 0]
    listed = np.zeros((ids.size, ids.size), dtype=bool)
    pos = {v: k for k, v in enumerate(ids)}
    for a, b in pairs:
        if a in pos and b in pos:
            listed[pos[a], pos[b]] = listed[pos[b], pos[a]] = True
    return ids, listed if mode == "include" else ~listed


def run_case(name, wanted, use_included=True, use_strengths=True, method=solver.AUTO):
    cfg = _config(_ini_path(name))
    flag = lambda key: cfg.get(key, "false").lower() in TRUE  # noqa: E731
    habitat, header = _grid(cfg["habitat_file"])
    opts = dict(solver=method, is_resistance=flag("habitat_map_is_resistances"),
                four_neighbors=flag("connect_four_neighbors_only"),
                avg_resistances=flag("connect_using_avg_resistances"))
    if flag("use_polygons"):
        opts["polygons"] = _grid(cfg["polygon_file"])[0]
    if flag("use_mask"):
        opts["mask"] = _grid(cfg["mask_file"])[0]
    maps = dict(null_currents_to_nodata=flag("set_null_currents_to_nodata"),
                null_voltages_to_nodata=flag("set_null_voltages_to_nodata"))
    scenario = cfg["scenario"]
    if scenario == "advanced":
        src = _value_raster(cfg["source_file"], header, habitat.shape)
        gnd = _value_raster(cfg["ground_file"], header, habitat.shape)
        return cfg, circuit.advanced(
            habitat, src, gnd, ground_is_resistance=flag("ground_file_is_resistances"),
            direct_grounds=flag("use_direct_grounds"), unit_currents=flag("use_unit_currents"),
            remove_src_or_gnd=cfg.get("remove_src_or_gnd", "keepall").replace("not entered",
                                                                              "keepall"),
            **opts, **maps)
    points = _points(cfg["point_file"], header, habitat.shape)
    if flag("use_included_pairs") and use_included:
        opts["included_pairs"] = _included_pairs(cfg["included_pairs_file"])
    old = VERIFY / f"{name}.ini"  # the copy beside the outputs says which maps were written
    old_maps = old.exists() and _config(old).get("write_cur_maps", "").lower() in TRUE
    maps.update(cum_map=flag("write_cur_maps") or flag("write_cum_cur_map_only") or old_maps,
                max_map="max" in wanted, current_maps="cur" in wanted,
                voltage_maps="volt" in wanted,
                focal_currents_to_zero=flag("set_focal_node_currents_to_zero"))
    if scenario == "pairwise":
        return cfg, circuit.pairwise(habitat, points, **opts, **maps)
    if flag("use_variable_source_strengths") and use_strengths:
        table = np.loadtxt(CS / cfg["variable_source_file"], ndmin=2)
        opts["strengths"] = {int(i): s for i, s in table[:, :2]}
    fn = circuit.one_to_all if scenario == "one-to-all" else circuit.all_to_one
    return cfg, fn(habitat, points, **opts, **maps)


def flag_included(cfg):
    return cfg.get("use_included_pairs", "false").lower() in TRUE


def _ssd(ours, expected_file):
    expected = np.loadtxt(expected_file, skiprows=6, ndmin=2)
    ours = np.where(np.isnan(ours), -9999.0, ours)
    assert ours.shape == expected.shape
    return float(((ours - expected) ** 2).sum())


WORST = {}
RESIDUALS = {}  # largest relative residual per case, by solver route
# leftover maps (see the docstring) from a run that also lacked the strength list
LEFTOVERS_WITHOUT_STRENGTHS = {"allToOneVerify12"}
# maps no configuration of the case's .ini writes: {case: (map keys, why)}
KNOWN_STALE_MAPS = {
    "oneToAllVerify12": (
        {"curmap_1", "curmap_2", "curmap_5", "curmap_8", "curmap_9", "voltmap_1", "voltmap_2",
         "voltmap_5", "voltmap_8", "voltmap_9", "cum_curmap"},
        "written by Circuitscape 4 (Python, '%.10g' grids) with the .ini kept beside them in "
        "output_verify, whose included_pairs_file is verify/1/exclude_pairs.txt (mode exclude), "
        "not include_matrix.txt. In exclude mode IncludeExcludePairs.is_included_pair(src, 0) "
        "is True, so compute.py get_poly_map_temp2 burns focal id 0 (every cell not on a "
        "partner focal node, nodata included) into one short-circuit region: hence s_i spread "
        "over the whole grid. A port of one_to_all_module with that list reproduces curmaps 1, "
        "2, 8, 9 and cum_curmap to ssd < 1e-19 (their voltmaps too once the source gets a "
        "fresh region id); map 5 needs yet another exclude list (5 excluded "
        "from 2 and 4 only) and is not in cum_curmap (= sum of curmaps 1, 2, 3, 8, 9). "
        "Circuitscape.jl never compares them: its .ini writes no maps and compare_all_output "
        "only walks the files it wrote. Resistances are Circuitscape.jl's (include_matrix)."),
}


ROUTES = {"superlu": "direct (SuperLU)", "cholesky": "direct (multifrontal Cholesky)",
          "cg+amg": "CG+AMG (pyamg)"}


@pytest.fixture(params=list(ROUTES))
def solver_route(request, monkeypatch):
    """Run with every solver route: the verify grids are small enough for SuperLU, so the
    multifrontal Cholesky (used from solver.CHOLESKY_FROM unknowns) is forced on for one;
    CG+AMG (pyamg, installed by `make test`) is asked for by name. Each route is held to
    the same tolerances: CG stops at a relative residual of solver.CG_TOL = 1e-11, and on
    these grids (at most ~2e4 unknowns, resistances spanning up to 1e4) the error that
    leaves in voltages is orders of magnitude below the 1e-6 compared."""
    if request.param == "cholesky":
        monkeypatch.setattr(solver, "CHOLESKY_FROM", 0)
    if request.param == "cg+amg":
        assert solver.pyamg is not None, "pyamg must be installed (make test installs it)"
        return solver.AMG
    return solver.DIRECT


@pytest.mark.parametrize("name", cases_or_failure(_cases(), VERIFY / "*.ini"))
def test_verify_case(name, solver_route, request):
    files = sorted(p.name for p in VERIFY.glob(name + "_*"))
    wanted = {"max" if "max" in f else "volt" if "volt" in f else "cur"
              for f in files if f.endswith(".asc") and "cum_" not in f}
    cfg, out = run_case(name, wanted, method=solver_route)
    worst_res, worst_map, free, stale = 0.0, 0.0, None, []
    for fname in files:
        path = VERIFY / fname
        tail = fname[len(name) + 1:].removesuffix(".gz")
        if tail == "resistances.out":
            exp = np.loadtxt(path, ndmin=2)
            if cfg["scenario"] == "pairwise":
                np.testing.assert_array_equal(exp[0, 1:], out["ids"])
                np.testing.assert_array_equal(exp[1:, 0], out["ids"])
                diff = np.abs(exp[1:, 1:] - out["resistances"]).max()
            else:
                np.testing.assert_array_equal(exp[:, 0], out["ids"])
                diff = np.abs(exp[:, 1] - out["resistances"]).max()
            assert diff < 1e-6 * max(1.0, np.abs(exp).max()), f"{fname}: differ by {diff}"
            worst_res = max(worst_res, diff)
        elif tail == "resistances_3columns.out":
            exp = np.loadtxt(path, ndmin=2)
            src = out
            if flag_included(cfg):  # like the maps, this file predates the include table:
                free = free or run_case(name, wanted, use_included=False, method=solver_route)[1]
                src = free          # its solved pairs must match a run without it
                exp = exp[exp[:, 2] != -1]
            pos = {v: k for k, v in enumerate(src["ids"])}
            ours = [src["resistances"][pos[a], pos[b]] for a, b in exp[:, :2]]
            diff = np.abs(np.array(ours) - exp[:, 2]).max()
            assert diff < 1e-6 * max(1.0, np.abs(exp[:, 2]).max()), f"{fname}: differ by {diff}"
        elif tail.endswith(".asc"):
            key = tail[:-4]
            if key in KNOWN_STALE_MAPS.get(name, ((), ""))[0]:
                stale.append(key)
                continue
            if key == "cum_curmap":
                ours = out.get("cum_current", np.zeros_like(out.get("resistances")[:0]))
                if "cum_current" not in out:  # no maps asked: Circuitscape writes zeros
                    ours = np.zeros(np.loadtxt(path, skiprows=6, ndmin=2).shape)
            elif key in ("max_curmap", "curmap_max"):
                ours = out["max_current"]
            elif key in ("curmap", "voltmap"):
                ours = out["current_map" if key == "curmap" else "voltage_map"]
            else:
                kind, *ids = key.split("_")
                ids = tuple(int(v) for v in ids)
                group = "current_maps" if kind == "curmap" else "voltage_maps"
                key = ids if len(ids) == 2 else ids[0]
                if key not in out[group]:  # an excluded pair: compare with a run without
                    if free is None:       # the include table
                        free = run_case(name, wanted, use_included=False, use_strengths=name
                                        not in LEFTOVERS_WITHOUT_STRENGTHS,
                                        method=solver_route)[1]
                    ours = free[group][key]
                else:
                    ours = out[group][key]
            ssd = _ssd(ours, path)
            assert ssd < 1e-6, f"{fname}: sum of squared differences {ssd}"
            worst_map = max(worst_map, ssd)
    WORST[name] = (worst_res, worst_map)
    # the route asked for is the one that solved, within the residual check
    residuals = out["stats"]["max_residual"]
    route = ROUTES[request.node.callspec.params["solver_route"]]
    assert set(residuals) <= {route}, residuals
    assert all(r <= solver.RESIDUAL_TOL for r in residuals.values())
    RESIDUALS.setdefault(route, []).append(max(residuals.values(), default=0.0))
    # Only the maps KNOWN_STALE_MAPS lists, with the reason given there, are left out (for
    # oneToAllVerify12: its resistances and curmaps/voltmaps 3, 4, 11, 51 are compared above;
    # test_stale_maps_of_one_to_all_verify12_are_one_other_run checks the rest among
    # themselves); a new stale map or a listed one that no longer exists fails here.
    assert sorted(stale) == sorted(KNOWN_STALE_MAPS.get(name, ((), ""))[0])


def test_stale_maps_of_one_to_all_verify12_are_one_other_run():
    """What can be compared of oneToAllVerify12's stale maps (KNOWN_STALE_MAPS gives why
    they cannot be compared with a run of its .ini): they come from one run, since the
    reference cum_curmap is the sum of the reference curmaps of focal nodes 1, 2, 3, 8 and 9
    (3 is a map our run reproduces, test_verify_case), and map 5 is not part of it."""
    name = "oneToAllVerify12"
    read = lambda key: np.loadtxt(reference_file(VERIFY / f"{name}_{key}.asc"),  # noqa: E731
                                  skiprows=6, ndmin=2)
    cum = read("cum_curmap")
    parts = sum(read(f"curmap_{k}") for k in (1, 2, 3, 8, 9))
    # '%.10g' grids: 10 significant digits each
    np.testing.assert_allclose(parts, cum, rtol=1e-8, atol=1e-8)
    assert np.abs(parts + read("curmap_5") - cum).max() > 1e-3


def test_pairs_in_different_components_are_minus_one():
    res = np.ones((3, 7))
    res[:, 3] = np.nan  # a nodata column cuts the grid in two
    pts = np.zeros((3, 7))
    pts[1, 0], pts[1, 2], pts[1, 6] = 1, 2, 3
    out = circuit.pairwise(res, pts, four_neighbors=True)
    r = out["resistances"]
    assert r[0, 2] == -1 and r[1, 2] == -1 and r[2, 0] == -1
    assert r[0, 1] > 0
    assert np.all(np.diag(r) == 0)


def test_focal_region_is_shorted_for_its_pair_only():
    res = np.ones((1, 6))  # a 1 x 6 chain of unit resistors
    pts = np.array([[1, 1, 0, 2, 0, 3]], dtype=float)
    out = circuit.pairwise(res, pts, four_neighbors=True)
    r = out["resistances"]
    # region 1 (cells 0 and 1) shorted: 1 to 2 spans cells 1..3 -> 2 ohm; region 1 to 3 -> 4
    assert r[0, 1] == pytest.approx(2.0, abs=1e-9)
    assert r[0, 2] == pytest.approx(4.0, abs=1e-9)
    assert r[1, 2] == pytest.approx(2.0, abs=1e-9)
    assert out["stats"]["solves"] <= 4  # one per distinct region node, ground excluded


def test_zero_resistance_suggests_short_circuit_region():
    res = np.ones((4, 4))
    res[2, 1] = 0.0
    pts = np.zeros((4, 4))
    pts[0, 0], pts[3, 3] = 1, 2
    with pytest.raises(circuit.CircuitError, match=r"row 2, column 1.*short-circuit region"):
        circuit.pairwise(res, pts)


def test_k_focal_nodes_cost_k_solves(monkeypatch):
    monkeypatch.setattr(solver, "CHOLESKY_FROM", 0)
    calls = []
    original = cholesky.MultifrontalCholesky._substitute

    def counting(self, x, fronts=None):  # every right-hand side reaching the factor
        calls.append(x.shape[1])
        return original(self, x, fronts)

    monkeypatch.setattr(cholesky.MultifrontalCholesky, "_substitute", counting)
    rng = np.random.default_rng(3)
    res = rng.uniform(1, 10, (60, 60))
    pts = np.zeros((60, 60))
    k = 9
    cells = rng.choice(3600, size=k, replace=False)
    pts.ravel()[cells] = np.arange(1, k + 1)
    out = circuit.pairwise(res, pts, cum_map=True, current_maps=True)
    assert sum(calls) <= k and out["stats"]["solves"] == sum(calls)
    assert out["stats"]["setups"] == 1
    # every pair agrees with a separate two-node solve
    for i, j in [(0, 1), (2, 7), (4, 8)]:
        two = np.where(np.isin(pts, [i + 1, j + 1]), pts, 0)
        r2 = circuit.pairwise(res, two)["resistances"][0, 1]
        assert out["resistances"][i, j] == pytest.approx(r2, rel=1e-10)


def test_include_table_in_one_to_all_and_all_to_one():
    res = np.ones((1, 5))  # a 1 x 5 chain of unit resistors, focal nodes at cells 0, 2, 4
    pts = np.array([[1, 0, 2, 0, 3]], dtype=float)
    pairs = (np.array([1, 2, 3]), np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]], dtype=bool))
    opts = dict(four_neighbors=True, included_pairs=pairs, strengths={1: 2.0, 2: 0.5, 3: 0.25},
                current_maps=True)
    one = circuit.one_to_all(res, pts, **opts)
    # 1 grounds only its partner 2; 3 has no partner: not solved, no map (Circuitscape.jl)
    assert one["resistances"] == pytest.approx([2.0, 2.0, -1.0])
    assert 3 not in one["current_maps"]
    all_ = circuit.all_to_one(res, pts, **opts)
    assert list(all_["resistances"]) == [0.0, 0.0, -1.0]
    # into 1: partner 2 with its 0.5 A, non-partner 3 with 1 A (onetoall.jl); into 2: 2 A
    # from partner 1 and 1 A from 3
    np.testing.assert_allclose(all_["current_maps"][1][0], [1.5, 1.5, 1.5, 1.0, 1.0])
    np.testing.assert_allclose(all_["current_maps"][2][0], [2.0, 2.0, 3.0, 1.0, 1.0])


def test_residual_check_in_every_mode(monkeypatch):
    """Every solve path checks its residual: the Green basis of pairwise / one-to-all (unit
    right-hand sides; SuperLU, the multifrontal Cholesky and CG+AMG) and the grounded system
    of advanced mode. The stats report the largest residual seen; a bound just below it
    stops the run."""
    rng = np.random.default_rng(8)
    res = rng.uniform(1, 100, (30, 40))
    pts = np.zeros(res.shape)
    pts[2, 3], pts[25, 30], pts[10, 35] = 1, 2, 3
    src, gnd = np.full(res.shape, np.nan), np.full(res.shape, np.nan)
    src[2, 3], gnd[25, 30] = 1.0, 0.0

    def solve(mode, method):
        if mode == "advanced":
            return circuit.advanced(res, src, gnd, solver=method)
        return getattr(circuit, mode)(res, pts, solver=method)

    for cholesky_from in (200_000, 0):
        monkeypatch.setattr(solver, "CHOLESKY_FROM", cholesky_from)
        for mode in ("pairwise", "one_to_all", "advanced"):
            for method in (solver.DIRECT, solver.AMG):
                monkeypatch.setattr(solver, "RESIDUAL_TOL", 1e-6)
                worst = max(solve(mode, method)["stats"]["max_residual"].values())
                assert 0 < worst < (1e-10 if method == solver.AMG else 1e-12), (mode, method)
                monkeypatch.setattr(solver, "RESIDUAL_TOL", worst / 2)
                with pytest.raises(solver.SolveError, match="relative residual"):
                    solve(mode, method)


@pytest.mark.parametrize("mode", ["pairwise", "one_to_all", "all_to_one"])
def test_a_misshapen_include_table_is_refused_in_every_mode(mode):
    """One include-table reader for every mode (focal.include_table): a table that is not
    one row and column per id is a CircuitError naming the sizes, never an IndexError."""
    res = np.ones((1, 5))
    pts = np.array([[1, 0, 2, 0, 3]], dtype=float)
    pairs = (np.array([1, 2, 3]), np.ones((2, 2), dtype=bool))
    with pytest.raises(circuit.CircuitError, match=r"2 x 2 but lists 3 ids"):
        getattr(circuit, mode)(res, pts, four_neighbors=True, included_pairs=pairs)
