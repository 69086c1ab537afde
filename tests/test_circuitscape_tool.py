"""ecosecurity:circuitscape through processing.run on Circuitscape.jl's verify cases whose
inputs are grids (resistances to 1e-6, the cumulative current map by sum of squared
differences < 1e-6), and its bad-input paths."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException

from conftest import cases_or_failure
from helpers import read_csv, read_raster, write_raster
from test_circuit_verify import CS, NAME, TRUE, _cases, _config, _ini_path, reference_file

MODE = {"pairwise": 0, "one-to-all": 1, "all-to-one": 2, "advanced": 3}


def tool_cases():
    """Verify cases the tool can take as they are: focal nodes as an .asc grid."""
    out = []
    for name in _cases():
        cfg = _config(_ini_path(name))
        points = cfg.get("point_file", "")
        if cfg["scenario"] != "advanced" and not points.endswith(".asc"):
            continue
        flags = ("use_included_pairs", "use_variable_source_strengths", "use_unit_currents",
                 "use_direct_grounds")  # options the tool leaves at Circuitscape's defaults
        if any(cfg.get(f, "false").lower() in TRUE for f in flags) or \
                cfg.get("remove_src_or_gnd", "keepall") != "keepall":
            continue
        out.append(name)
    return out


def grid(rel):
    """The .asc twin of a grid (the suite ships .tif and .tif.gz copies beside it)."""
    path = CS / rel
    path = reference_file(path.parent / (path.name.split(".")[0] + ".asc"))
    return ("/vsigzip/" if path.suffix == ".gz" else "") + str(path)


@pytest.mark.parametrize("name", cases_or_failure(tool_cases(), CS / "input"))
def test_tool_reproduces_circuitscape(run, tmp_path, name):
    cfg = _config(_ini_path(name))
    flag = lambda key: cfg.get(key, "false").lower() in TRUE  # noqa: E731
    params = {"RESISTANCE": grid(cfg["habitat_file"]),
              "IS_CONDUCTANCE": not flag("habitat_map_is_resistances"),
              "MODE": MODE[cfg["scenario"]],
              "NEIGHBOURS": 1 if flag("connect_four_neighbors_only") else 0,
              "AVERAGING": 1 if flag("connect_using_avg_resistances") else 0,
              "OUTPUT_CURRENT": str(tmp_path / "cum.tif"),
              "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")}
    if flag("use_polygons"):
        params["SHORT_CIRCUIT"] = grid(cfg["polygon_file"])
    if flag("use_mask"):
        params["MASK"] = grid(cfg["mask_file"])
    if cfg["scenario"] == "advanced":
        params.update(SOURCES=grid(cfg["source_file"]), GROUNDS=grid(cfg["ground_file"]),
                      GROUND_IS_CONDUCTANCE=not flag("ground_file_is_resistances"))
    else:
        params["FOCAL_RASTER"] = grid(cfg["point_file"])
    # the maximum map is computed only when its output is asked: ask it where Circuitscape
    # wrote one
    max_ref = CS / "output_verify" / (name + "_max_curmap.asc")
    if cfg["scenario"] != "advanced" and max_ref.exists():
        params["OUTPUT_MAX_CURRENT"] = str(tmp_path / "max.tif")
    res = run("circuitscape", params)
    prefix = CS / "output_verify" / name
    expected_r = prefix.parent / (name + "_resistances.out")
    if cfg["scenario"] == "pairwise" and expected_r.exists():
        ref = np.loadtxt(expected_r)
        ids = ref[0, 1:].astype(int)
        got = {(int(r["from_id"]), int(r["to_id"])): float(r["resistance"])
               for r in read_csv(res["OUTPUT_RESISTANCES"])}
        for a in range(ids.size):
            for b in range(a + 1, ids.size):
                want = ref[a + 1, b + 1]
                assert got[(ids[a], ids[b])] == pytest.approx(want, abs=max(1e-6, 1e-6 * abs(want)))
    cum = prefix.parent / (name + ("_curmap.asc" if cfg["scenario"] == "advanced"
                                   else "_cum_curmap.asc"))
    if "12" not in NAME.match(name).group(2) and any(cum.parent.glob(cum.name + "*")):
        cum = reference_file(cum)
        want = np.loadtxt(cum, skiprows=6)
        ours, nodata = read_raster(res["OUTPUT_CURRENT"])
        ours = np.where(ours == nodata, 0.0, ours)
        want = np.where(want == -9999, 0.0, want)
        assert ((ours - want) ** 2).sum() < 1e-6
    if "OUTPUT_MAX_CURRENT" in params:
        want = np.loadtxt(max_ref, skiprows=6)
        ours, nodata = read_raster(res["OUTPUT_MAX_CURRENT"])
        ours = np.where(ours == nodata, 0.0, ours)
        want = np.where(want == -9999, 0.0, want)
        assert ours.max() > 0 and ((ours - want) ** 2).sum() < 1e-6


def focal_grid(shape, cells):
    g = np.zeros(shape, np.float32)
    for (r, c), i in cells.items():
        g[r, c] = i
    return g


def test_bad_input(run, tmp_path, monkeypatch):
    res = np.ones((20, 30), np.float32)
    res[5, 5] = 0.0
    r_path = write_raster(tmp_path / "r.tif", res, nodata=-9999)
    f_path = write_raster(tmp_path / "f.tif", focal_grid(res.shape, {(1, 1): 1, (18, 28): 2}))
    out = {"OUTPUT_CURRENT": str(tmp_path / "c.tif"),
           "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")}
    with pytest.raises(QgsProcessingException, match="resistance is 0 .* short-circuit region"):
        run("circuitscape", dict(out, RESISTANCE=r_path, FOCAL_RASTER=f_path))
    assert not (tmp_path / "c.tif").exists() and not (tmp_path / "r.csv").exists()

    res[5, 5] = 1.0
    r_path = write_raster(tmp_path / "r1.tif", res, nodata=-9999)
    one = write_raster(tmp_path / "one.tif", focal_grid(res.shape, {(1, 1): 4}))
    with pytest.raises(QgsProcessingException, match=r"Fewer than two focal nodes .*ids: 4"):
        run("circuitscape", dict(out, RESISTANCE=r_path, FOCAL_RASTER=one))

    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
    pts = QgsVectorLayer("Point?crs=EPSG:32650&field=node:integer", "nodes", "memory")
    feats = []
    for node, (x, y) in {1: (500015.0, 3999985.0), 7: (400000.0, 3999985.0)}.items():
        f = QgsFeature(pts.fields())
        f.setAttributes([node])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    pts.dataProvider().addFeatures(feats)
    with pytest.raises(QgsProcessingException, match=r"Focal node 7 .* outside"):
        run("circuitscape", dict(out, RESISTANCE=r_path, FOCAL_POINTS=pts,
                                 FOCAL_ID_FIELD="node"))

    from ecosecurity.algorithms import grids
    monkeypatch.setattr(grids, "available_memory", lambda: 1000)
    with pytest.raises(QgsProcessingException, match=r"needs about [\d.]+ GB .* only 0.0 GB"):
        run("circuitscape", dict(out, RESISTANCE=r_path, FOCAL_RASTER=f_path))


def test_focal_points_and_a_coarser_focal_grid(run, tmp_path):
    """Points give the same resistances as the id raster; a focal raster on another grid is
    aligned with a warning."""
    res = np.random.default_rng(2).uniform(1, 10, (24, 32)).astype(np.float32)
    r_path = write_raster(tmp_path / "r.tif", res)
    coarse = np.zeros((12, 16), np.float32)
    coarse[1, 1], coarse[10, 14], coarse[2, 12] = 1, 2, 3
    f_path = write_raster(tmp_path / "f.tif", coarse, cell=20.0)
    a = run("circuitscape", {"RESISTANCE": r_path, "FOCAL_RASTER": f_path,
                             "OUTPUT_CURRENT": "TEMPORARY_OUTPUT",
                             "OUTPUT_RESISTANCES": str(tmp_path / "a.csv")})
    fine = np.repeat(np.repeat(coarse, 2, 0), 2, 1)  # each focal cell covers 2 x 2 cells
    b = run("circuitscape", {"RESISTANCE": r_path,
                             "FOCAL_RASTER": write_raster(tmp_path / "g.tif", fine),
                             "OUTPUT_CURRENT": "TEMPORARY_OUTPUT",
                             "OUTPUT_RESISTANCES": str(tmp_path / "b.csv")})
    ra = [float(r["resistance"]) for r in read_csv(a["OUTPUT_RESISTANCES"])]
    rb = [float(r["resistance"]) for r in read_csv(b["OUTPUT_RESISTANCES"])]
    assert ra == pytest.approx(rb, rel=1e-12) and len(ra) == 3 and min(ra) > 0


def test_focal_polygons_with_their_own_id_field(run, tmp_path):
    """Polygons give the same resistances as the id raster they cover, with their id field
    in FOCAL_POLYGON_ID_FIELD (its field list is the polygons') or, as before, in
    FOCAL_ID_FIELD."""
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer
    res = np.random.default_rng(3).uniform(1, 10, (20, 30)).astype(np.float32)
    r_path = write_raster(tmp_path / "r.tif", res)
    ids = np.zeros((20, 30), np.float32)
    blocks = {1: (2, 2), 2: (14, 24), 3: (3, 22)}  # (row, col) of 3 x 3 blocks
    polys = QgsVectorLayer("Polygon?crs=EPSG:32650&field=node:integer", "nodes", "memory")
    feats = []
    for node, (r0, c0) in blocks.items():
        ids[r0:r0 + 3, c0:c0 + 3] = node
        f = QgsFeature(polys.fields())
        f.setAttributes([node])
        x0, y0 = 500000.0 + 10 * c0, 4000000.0 - 10 * r0
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0 - 30, x0 + 30, y0)))
        feats.append(f)
    polys.dataProvider().addFeatures(feats)

    def resistances(name, **focal):
        out = run("circuitscape", dict(focal, RESISTANCE=r_path,
                                       OUTPUT_CURRENT="TEMPORARY_OUTPUT",
                                       OUTPUT_RESISTANCES=str(tmp_path / (name + ".csv"))))
        return [float(r["resistance"]) for r in read_csv(out["OUTPUT_RESISTANCES"])]

    want = resistances("raster", FOCAL_RASTER=write_raster(tmp_path / "ids.tif", ids))
    assert len(want) == 3 and min(want) > 0
    assert resistances("own", FOCAL_POLYGONS=polys,
                       FOCAL_POLYGON_ID_FIELD="node") == pytest.approx(want, rel=1e-12)
    assert resistances("old", FOCAL_POLYGONS=polys,
                       FOCAL_ID_FIELD="node") == pytest.approx(want, rel=1e-12)


@pytest.mark.parametrize("solver_enum, name, other", [
    (1, r"direct \(SuperLU\)", r"the solver 'CG with algebraic multigrid \(pyamg\)' \(SOLVER=2\)"),
    (2, r"CG\+AMG \(pyamg\)", r"the solver 'Direct sparse factorisation' \(SOLVER=1\)")])
def test_a_failed_residual_check_names_the_solver(run, tmp_path, monkeypatch, solver_enum,
                                                  name, other):
    """A solve above the residual bound stops the run with a message naming the solver and
    suggesting the other, and leaves no output (the bound is lowered to 0 to force it)."""
    from ecosecurity.algorithms.corridors import solver
    res = np.random.default_rng(5).uniform(1, 10, (20, 30)).astype(np.float32)
    r_path = write_raster(tmp_path / "r.tif", res)
    f_path = write_raster(tmp_path / "f.tif", focal_grid(res.shape, {(1, 1): 1, (18, 28): 2}))
    out = {"RESISTANCE": r_path, "FOCAL_RASTER": f_path, "SOLVER": solver_enum,
           "OUTPUT_CURRENT": str(tmp_path / "c.tif"),
           "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")}
    run("circuitscape", out)  # passes the real bound
    (tmp_path / "c.tif").unlink()
    (tmp_path / "r.csv").unlink()
    monkeypatch.setattr(solver, "RESIDUAL_TOL", 0.0)
    with pytest.raises(QgsProcessingException,
                       match=r"The %s solver left a relative residual .* try %s" % (name, other)):
        run("circuitscape", out)
    assert not (tmp_path / "c.tif").exists() and not (tmp_path / "r.csv").exists()


def test_amg_non_convergence_is_an_error(run, tmp_path, monkeypatch):
    from ecosecurity.algorithms.corridors import solver
    monkeypatch.setattr(solver, "CG_MAXITER", 1)
    res = np.random.default_rng(6).uniform(1, 1000, (40, 40)).astype(np.float32)
    r_path = write_raster(tmp_path / "r.tif", res)
    f_path = write_raster(tmp_path / "f.tif", focal_grid(res.shape, {(1, 1): 1, (38, 38): 2}))
    with pytest.raises(QgsProcessingException,
                       match=r"CG\+AMG \(pyamg\) solver did not converge .* try the solver 'Direct sparse factorisation' \(SOLVER=1\)"):
        run("circuitscape", {"RESISTANCE": r_path, "FOCAL_RASTER": f_path, "SOLVER": 2,
                             "OUTPUT_CURRENT": str(tmp_path / "c.tif"),
                             "OUTPUT_RESISTANCES": str(tmp_path / "r.csv")})
