"""The pandas side of strength_compare.sh: the same work as EngineStrength, written as plain vectorised pandas.

Usage: /usr/bin/python3 strength_pandas.py PANEL_CSV DEFINITIONS_CSV OUT_DIR [--read-only]
Long CSV county,naics,year,emp,est -> clusters (definitions industry,cluster,type) -> LQ on the traded/local
denominator (reference = sum over counties), per traded cluster-year type-7 quantiles over counties with emp > 0
(pandas' default linear interpolation), U.S. Cluster Mapping flags, and cluster strength per county-year.
"""
import pathlib
import sys
import time

import numpy as np
import pandas as pd


def main(panel_csv, definitions_csv, out_dir, read_only=False):
    t0 = time.time()
    df = pd.read_csv(panel_csv, dtype={"county": "category", "naics": "category", "year": np.int32,
                                       "emp": np.float64, "est": np.float64})
    t1 = time.time()
    if read_only:
        print(f"pandas: read {len(df)} rows in {t1 - t0:.2f} s", file=sys.stderr)
        return
    defs = pd.read_csv(definitions_csv, dtype=str)
    df["cluster"] = df["naics"].map(dict(zip(defs["industry"], defs["cluster"])))
    df["type"] = df["naics"].map(dict(zip(defs["industry"], defs["type"])))
    agg = (df.groupby(["year", "county", "cluster", "type"], observed=True, sort=False)[["emp", "est"]]
           .sum().reset_index())
    agg["group_emp"] = agg.groupby(["year", "county", "type"], observed=True)["emp"].transform("sum")
    agg["ref"] = agg.groupby(["year", "cluster"], observed=True)["emp"].transform("sum")
    agg["ref_group"] = agg.groupby(["year", "type"], observed=True)["emp"].transform("sum")
    agg["lq"] = (agg["emp"] / agg["group_emp"]) / (agg["ref"] / agg["ref_group"])
    traded = agg["type"] == "traded"
    g = agg[traded & (agg["emp"] > 0)].groupby(["year", "cluster"], observed=True)
    q = pd.DataFrame({
        "e25": g["emp"].quantile(0.25), "n25": g["est"].quantile(0.25),
        "l25": g["lq"].quantile(0.25), "l50": g["lq"].quantile(0.5),
        "l75": g["lq"].quantile(0.75), "l90": g["lq"].quantile(0.9),
    }).reset_index()
    agg = agg.merge(q, on=["year", "cluster"], how="left")
    traded = agg["type"] == "traded"
    size = (agg["emp"] > agg["e25"]) & (agg["est"] > agg["n25"])
    at_least_one = agg["lq"] >= 1
    agg["qualifying"] = (size & (agg["lq"] > agg["l25"])).where(traded)
    agg["significant"] = (size & (agg["lq"] > agg["l50"])).where(traded)
    agg["strong"] = (size & at_least_one & (agg["lq"] >= agg["l75"])).where(traded)
    agg["strong10"] = (size & at_least_one & (agg["lq"] >= agg["l90"])).where(traded)
    agg["strong_emp"] = agg["emp"].where(agg["strong"] == True, 0.0)
    cs = (agg[traded].groupby(["year", "county"], observed=True)
          .agg(traded_employment=("emp", "sum"), strong_employment=("strong_emp", "sum")).reset_index())
    cs["cluster_strength"] = cs["strong_employment"] / cs["traded_employment"]
    t2 = time.time()
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    agg.rename(columns={"county": "region", "emp": "employment", "est": "establishments"})[
        ["year", "region", "cluster", "employment", "establishments", "lq",
         "qualifying", "significant", "strong", "strong10"]].to_csv(out / "strength.csv", index=False)
    cs.rename(columns={"county": "region"}).to_csv(out / "cluster_strength.csv", index=False)
    t3 = time.time()
    print(f"pandas: read {t1 - t0:.2f} s, compute {t2 - t1:.2f} s, write {t3 - t2:.2f} s, total {t3 - t0:.2f} s "
          f"({len(df)} rows, {len(agg)} cluster cells)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], "--read-only" in sys.argv)
