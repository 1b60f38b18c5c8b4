"""Independent pandas computation of U.S. Cluster Mapping LQs, strength flags and cluster strength.

Run with Debian's Python (pandas 1.5, numpy 1.24):
    /usr/bin/python3 analytics/src/test/python/us_strength_reference.py
It reads the us-states-clusters-2016 fixture and writes
analytics/src/test/resources/expected/us-states-2016-strength-{sum,national}.csv, which the Java tests compare
with the engine (tolerance 1e-9). Rules (clustermapping/cmp, data/processing/cluster_calcs_reducer.js):
per traded cluster, quantiles (numpy default = linear, type 7) over states with employment > 0;
size test: emp > Q25(emp) and est > Q25(est); qualifying: lq > Q25(lq); significant: lq > Q50(lq);
strong: lq >= Q75(lq) and lq >= 1; strong10: lq >= Q90(lq) and lq >= 1.
"""
import pathlib

import numpy as np
import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[1] / "resources"
FIX = ROOT / "fixtures" / "us-states-clusters-2016"
OUT = ROOT / "expected"


def strength(df, national=None):
    df = df.copy()
    df["group_emp"] = df.groupby(["state_fips", "cluster_type"])["employment"].transform("sum")
    if national is None:
        ref = df.groupby(["cluster_code", "cluster_type"], as_index=False)["employment"].sum()
    else:
        ref = national.rename(columns={"cluster": "cluster_code", "type": "cluster_type"})
    ref = ref.rename(columns={"employment": "ref_emp"})
    ref["ref_group"] = ref.groupby("cluster_type")["ref_emp"].transform("sum")
    df = df.merge(ref[["cluster_code", "ref_emp", "ref_group"]], on="cluster_code", how="left")
    df["lq"] = (df["employment"] / df["group_emp"]) / (df["ref_emp"] / df["ref_group"])

    def flags(g):
        pos = g[g["employment"] > 0]
        q = lambda s, p: np.quantile(s.to_numpy(dtype=float), p)
        size = (g["employment"] > q(pos["employment"], 0.25)) & (g["establishments"] > q(pos["establishments"], 0.25))
        at_least_one = g["lq"] >= 1
        return pd.DataFrame(
            {
                "qualifying": size & (g["lq"] > q(pos["lq"], 0.25)),
                "significant": size & (g["lq"] > q(pos["lq"], 0.5)),
                "strong": size & at_least_one & (g["lq"] >= q(pos["lq"], 0.75)),
                "strong10": size & at_least_one & (g["lq"] >= q(pos["lq"], 0.9)),
            },
            index=g.index,
        )

    traded = df[df["cluster_type"] == "traded"]
    f = traded.groupby("cluster_code", group_keys=False).apply(flags)
    df = df.join(f)
    traded = df[df["cluster_type"] == "traded"]
    strong_emp = traded[traded["strong"] == True].groupby("state_fips")["employment"].sum()
    traded_emp = traded.groupby("state_fips")["employment"].sum()
    cs = (strong_emp.reindex(traded_emp.index, fill_value=0) / traded_emp).rename("region_cluster_strength")
    df = df.join(cs, on="state_fips")
    cols = ["state_fips", "cluster_code", "employment", "establishments", "lq",
            "qualifying", "significant", "strong", "strong10", "region_cluster_strength"]
    out = df[cols].rename(columns={"state_fips": "region", "cluster_code": "cluster"})
    for c in ["qualifying", "significant", "strong", "strong10"]:
        out[c] = out[c].map({True: "true", False: "false"}).fillna("")
    return out.sort_values(["region", "cluster"])


def main():
    states = pd.read_csv(FIX / "us_states_clusters_2016.csv", dtype={"state_fips": str, "cluster_code": str})
    national = pd.read_csv(FIX / "us_national_clusters_2016.csv", dtype={"cluster": str})
    OUT.mkdir(exist_ok=True)
    strength(states).to_csv(OUT / "us-states-2016-strength-sum.csv", index=False, float_format="%.17g")
    strength(states, national).to_csv(OUT / "us-states-2016-strength-national.csv", index=False, float_format="%.17g")


if __name__ == "__main__":
    main()
