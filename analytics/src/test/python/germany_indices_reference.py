"""Independent pandas/numpy computation of specialisation, concentration, shift-share and Ellison-Glaeser values
on the REAT German Laender fixtures. Run with Debian's Python (pandas 1.5, numpy 1.24):
    /usr/bin/python3 analytics/src/test/python/germany_indices_reference.py
Writes analytics/src/test/resources/expected/germany-*.csv; the Java tests compare the engine with them (1e-9).
Formulas are written independently of the Java code (e.g. Gini by the pairwise mean absolute difference).
"""
import itertools
import pathlib

import numpy as np
import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[1] / "resources"
FIX = ROOT / "fixtures" / "germany-laender"
OUT = ROOT / "expected"

# Broad sectors of the WZ 2008 sections, for related/unrelated variety (input, not an answer).
SECTOR = {"B": "BE", "C": "BE", "D": "BE", "E": "BE", "F": "F", "G": "GI", "H": "GI", "I": "GI", "J": "J",
          "K": "K", "L": "L", "M": "MN", "N": "MN", "P": "OQ", "Q": "OQ", "R": "RS", "S": "RS"}


def gini_pairwise(v):
    v = np.asarray(v, dtype=float)
    n = len(v)
    return np.abs(v[:, None] - v[None, :]).sum() / (2 * n * n * v.mean())


def locational_gini(industry, total):
    lq = (industry / industry.sum()) / (total / total.sum())
    order = np.argsort(lq.to_numpy(), kind="stable")
    x = np.concatenate([[0], np.cumsum((total / total.sum()).to_numpy()[order])])
    y = np.concatenate([[0], np.cumsum((industry / industry.sum()).to_numpy()[order])])
    area_under = np.trapz(y, x)  # area under the Lorenz curve
    return 1 - 2 * area_under


def indices():
    d = pd.read_csv(FIX / "G_regions_industries.csv", dtype={"region_code": str, "ind_code": str})
    x = d.pivot(index="region_code", columns="ind_code", values="emp_all").sort_index().sort_index(axis=1)
    share = x.div(x.sum(axis=1), axis=0)
    nat = x.sum(axis=0) / x.values.sum()
    regions = pd.DataFrame(index=x.index)
    regions["krugman"] = (share - nat).abs().sum(axis=1)
    regions["hoover"] = regions["krugman"] / 2
    regions["herfindahl"] = (share ** 2).sum(axis=1)
    regions["gini"] = [gini_pairwise(x.loc[r]) for r in x.index]
    p = share
    regions["entropy"] = -(p * np.log2(p)).sum(axis=1)
    sectors = p.T.groupby(lambda c: SECTOR[c.split("-")[1]]).sum().T
    regions["unrelated_variety"] = -(sectors * np.log2(sectors)).sum(axis=1)
    rv = pd.Series(0.0, index=x.index)
    for s, cols in itertools.groupby(sorted(x.columns, key=lambda c: SECTOR[c.split("-")[1]]),
                                     key=lambda c: SECTOR[c.split("-")[1]]):
        cols = list(cols)
        within = p[cols].div(sectors[s], axis=0)
        rv += sectors[s] * -(within * np.log2(within)).sum(axis=1)
    regions["related_variety"] = rv
    regions.index.name = "region"
    regions.to_csv(OUT / "germany-2015-region-indices.csv", float_format="%.17g")

    regional_share = x.div(x.sum(axis=0), axis=1)
    region_total = x.sum(axis=1)
    industries = pd.DataFrame(index=x.columns)
    industries["hoover"] = 0.5 * regional_share.sub(region_total / region_total.sum(), axis=0).abs().sum(axis=0)
    industries["herfindahl"] = (regional_share ** 2).sum(axis=0)
    industries["gini"] = [gini_pairwise(x[c]) for c in x.columns]
    industries["locational_gini"] = [locational_gini(x[c], region_total) for c in x.columns]
    industries.index.name = "industry"
    industries.to_csv(OUT / "germany-2015-industry-indices.csv", float_format="%.17g")


def shift_share():
    d = pd.read_csv(FIX / "G_regions_emp.csv")
    d = d[(d.region != "Insgesamt") & ~d.industry.isin(["Insgesamt", "Verarbeitendes Gewerbe (C)"])]
    x0 = d[d.year == 2008].set_index(["region", "industry"])["emp"]
    x1 = d[d.year == 2014].set_index(["region", "industry"])["emp"]
    X0 = x0.groupby("industry").sum()
    X1 = x1.groupby("industry").sum()
    G = x1.sum() / x0.sum() - 1
    gi = (X1 / X0 - 1).reindex(x0.index, level="industry")
    gri = x1 / x0 - 1
    out = pd.DataFrame({"base": x0, "final": x1})
    out["national_share"] = x0 * G
    out["industry_mix"] = x0 * (gi - G)
    out["competitive"] = x0 * (gri - gi)
    r0 = x0.groupby("region").sum()
    homothetic = r0.reindex(x0.index, level="region") * X0.reindex(x0.index, level="industry") / x0.sum()
    out["homothetic"] = homothetic
    out["em_competitive"] = homothetic * (gri - gi)
    out["allocation"] = (x0 - homothetic) * (gri - gi)
    out.reset_index().to_csv(OUT / "germany-2008-2014-shift-share.csv", index=False, float_format="%.17g")


def ellison_glaeser():
    f = pd.read_csv(FIX / "FK2014_EGC.csv")
    regions = f.groupby("region")["emp_region"].first()
    xr = regions / regions.sum()
    sum_x2 = (xr ** 2).sum()

    def g_raw(firms):
        s = firms.groupby("region")["emp_firm"].sum().reindex(xr.index, fill_value=0)
        s = s / s.sum()
        return ((s - xr) ** 2).sum()

    def herf(firms):
        z = firms["emp_firm"] / firms["emp_firm"].sum()
        return (z ** 2).sum()

    rows = []
    gamma = {}
    for ind, firms in f.groupby("industry"):
        G, H = g_raw(firms), herf(firms)
        gamma[ind] = (G - (1 - sum_x2) * H) / ((1 - sum_x2) * (1 - H))
        rows.append({"industries": ind, "G": G, "H": H, "gamma": gamma[ind]})
    for a, b in itertools.combinations(sorted(gamma), 2):
        firms = f[f.industry.isin([a, b])]
        w = firms.groupby("industry")["emp_firm"].sum() / firms["emp_firm"].sum()
        Hs = {i: herf(f[f.industry == i]) for i in (a, b)}
        H = sum(w[i] ** 2 * Hs[i] for i in (a, b))
        G = g_raw(firms)
        num = G / (1 - sum_x2) - H - sum(gamma[i] * w[i] ** 2 * (1 - Hs[i]) for i in (a, b))
        rows.append({"industries": a + "|" + b, "G": G, "H": H, "gamma": num / (1 - (w ** 2).sum())})
    pd.DataFrame(rows).to_csv(OUT / "fk2014-ellison-glaeser.csv", index=False, float_format="%.17g")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    indices()
    shift_share()
    ellison_glaeser()
