#!/usr/bin/python3
"""pandas/numpy leg of world_trade_compare.sh, and the agreement check of all three legs.

  world_trade_compare.py run TRADE_CSV OUT_DIR REPS     time RCA, Mcp, proximity, fitness, ECI (eigenvector and
                                                        reflections) in numpy; print numpy,stage,ms medians; write results
  world_trade_compare.py check WORK_DIR TIMES_CSV        compare engine/, numpy/ and duckdb/ results; print times, ratios
"""
import sys
import time
import os
import numpy as np
import pandas as pd


def run(trade_csv, out, reps):
    os.makedirs(out, exist_ok=True)
    times = {}

    def timed(stage, measured, f):
        t0 = time.perf_counter()
        r = f()
        if measured:
            times.setdefault(stage, []).append((time.perf_counter() - t0) * 1e3)
        return r

    for run_no in range(2 * reps):
        measured = run_no >= reps
        t_total = time.perf_counter()
        X = timed("load", measured, lambda: pd.read_csv(trade_csv, dtype={"country": str, "product": str})
                  .pivot_table(index="country", columns="product", values="value", aggfunc="sum", fill_value=0.0))
        x = X.to_numpy(dtype=float)
        rca = timed("rca", measured, lambda: (x / x.sum(1, keepdims=True)) / (x.sum(0, keepdims=True) / x.sum()))
        M = timed("mcp", measured, lambda: (rca >= 1).astype(float))
        d, u = M.sum(1), M.sum(0)

        def proximity():
            C = M.T @ M
            k = np.diag(C)
            phi = C / np.maximum.outer(k, k)
            np.fill_diagonal(phi, 0)
            return phi

        phi = timed("proximity", measured, proximity)

        def fitness():
            F, Q = np.ones(len(d)), np.ones(len(u))
            for _ in range(19):
                F_new = M @ Q
                Q_new = 1 / (M.T @ (1 / F))
                F, Q = F_new / F_new.mean(), Q_new / Q_new.mean()
            return F

        F = timed("fitness", measured, fitness)

        def eci_eigen():
            Mpp = (M / u).T @ (M / d[:, None])
            vals, vecs = np.linalg.eig(Mpp)
            q = vecs[:, np.argsort(vals.real)[-2]].real
            k = (M / d[:, None]) @ q
            k = -k if np.corrcoef(k, d)[0, 1] < 0 else k
            return (k - k.mean()) / k.std()

        eci = timed("eci_eigenvector", measured, eci_eigen)

        def eci_reflections():
            kc = d.copy()
            for n in range(1, 21):
                if n % 2:
                    kp = (M.T @ kc) / u
                    kp = (kp - kp.mean()) / kp.std()
                else:
                    kc = (M @ kp) / d
                    if n < 20:
                        kc = (kc - kc.mean()) / kc.std()
            return (kc - kc.mean()) / kc.std()

        eci_r = timed("eci_reflections", measured, eci_reflections)
        if measured:
            times.setdefault("total", []).append((time.perf_counter() - t_total) * 1e3)
    for stage, v in times.items():
        print("numpy,%s,%.3f" % (stage, float(np.median(v))))
    countries, products = X.index.to_numpy(), X.columns.to_numpy()
    r, c = np.nonzero(M)
    pd.DataFrame({"country": countries[r], "product": products[c]}).to_csv(os.path.join(out, "mcp.csv"), index=False)
    i, j = np.triu_indices(len(products), 1)
    keep = phi[i, j] > 0
    pd.DataFrame({"a": products[i[keep]], "b": products[j[keep]], "proximity": phi[i[keep], j[keep]]}).to_csv(
        os.path.join(out, "proximity.csv"), index=False, float_format="%.17g")
    for name, col, v in (("fitness.csv", "fitness", F), ("eci.csv", "eci", eci), ("eci_reflections.csv", "eci", eci_r)):
        pd.DataFrame({"country": countries, col: v}).to_csv(os.path.join(out, name), index=False, float_format="%.17g")


def read(path, key_cols, value=None):
    df = pd.read_csv(path, dtype={k: str for k in key_cols})
    return df.set_index(key_cols)[value] if value else set(map(tuple, df[key_cols].to_numpy()))


def check(work, times_csv):
    ok = True

    def report(what, a, b, diff, tol):
        nonlocal ok
        good = diff <= tol
        ok &= good
        print("%-48s %-7s vs %-7s max |diff| = %.3g (tolerance %.0e) %s" % (what, a, b, diff, tol, "OK" if good else "FAIL"))

    legs = {leg: os.path.join(work, leg) for leg in ("engine", "numpy", "duckdb")}
    mcp = {leg: read(os.path.join(p, "mcp.csv"), ["country", "product"]) for leg, p in legs.items()}
    for leg in ("numpy", "duckdb"):
        report("Mcp cells (count of differing cells)", "engine", leg, len(mcp["engine"] ^ mcp[leg]), 0)
    prox = {leg: read(os.path.join(p, "proximity.csv"), ["a", "b"], "proximity") for leg, p in legs.items()}
    for leg in ("numpy", "duckdb"):
        a, b = prox["engine"].align(prox[leg], join="outer")
        report("proximity (pairs, missing pairs count as inf)", "engine", leg,
               float(np.nan_to_num(np.abs(a - b), nan=np.inf).max()), 1e-12)
    fit = {leg: read(os.path.join(p, "fitness.csv"), ["country"], "fitness") for leg, p in legs.items()}
    for leg in ("numpy", "duckdb"):
        a, b = fit["engine"].align(fit[leg], join="outer")
        report("fitness (relative)", "engine", leg, float(np.nan_to_num(np.abs(a - b) / b, nan=np.inf).max()), 1e-9)
    e, n = read(os.path.join(legs["engine"], "eci.csv"), ["country"], "eci").align(
        read(os.path.join(legs["numpy"], "eci.csv"), ["country"], "eci"), join="outer")
    report("ECI eigenvector", "engine", "numpy", float(np.abs(e - n).max()), 1e-8)
    refl = {leg: read(os.path.join(p, "eci_reflections.csv"), ["country"], "eci") for leg, p in legs.items()}
    for leg in ("numpy", "duckdb"):
        a, b = refl["engine"].align(refl[leg], join="outer")
        report("ECI reflections", "engine", leg, float(np.nan_to_num(np.abs(a - b), nan=np.inf).max()), 1e-9)

    t = pd.read_csv(times_csv, names=["leg", "stage", "ms"]).pivot(index="stage", columns="leg", values="ms")
    t = t.reindex(["load", "rca", "mcp", "proximity", "fitness", "eci_eigenvector", "eci_reflections", "total"])
    t = t[[c for c in ("engine", "numpy", "duckdb") if c in t.columns]]
    for leg in ("numpy", "duckdb"):
        t[leg + "/engine"] = t[leg] / t["engine"]
    print()
    print("median milliseconds per stage (and ratio to the engine):")
    print(t.to_string(float_format=lambda v: "%.2f" % v))
    return ok


if __name__ == "__main__":
    if sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(0 if check(sys.argv[2], sys.argv[3]) else 1)
