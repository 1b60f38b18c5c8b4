"""Checks that the engine, pandas and DuckDB outputs of strength_compare.sh agree.

Usage: /usr/bin/python3 strength_check.py WORK_DIR [SAMPLE_ROWS]
Compares strength.csv (and the CLI's, when WORK_DIR/cli exists) (a deterministic random sample of the engine's rows, default 200,000, looked up in the
others) and cluster_strength.csv (all rows): employment and establishments exactly, LQ and cluster strength
within 1e-9 relative, the four flags exactly (local clusters: empty flags).
"""
import pathlib
import sys

import numpy as np
import pandas as pd

FLAGS = ["qualifying", "significant", "strong", "strong10"]


def load(path):
    df = pd.read_csv(path, dtype={"region": str, "cluster": str}, keep_default_na=False, low_memory=False)
    for f in FLAGS:
        if f in df:
            df[f] = df[f].astype(str).str.lower()
    return df


def main(work, sample_rows):
    work = pathlib.Path(work)
    engine = load(work / "engine" / "strength.csv")
    sample = engine.sample(n=min(sample_rows, len(engine)), random_state=20161123)
    ok = True
    others = ["pandas", "duckdb"] + (["cli"] if (work / "cli" / "strength.csv").exists() else [])
    for other in others:
        o = load(work / other / "strength.csv")
        if len(o) != len(engine):
            print(f"{other}: {len(o)} rows, engine {len(engine)}")
            ok = False
        m = sample.merge(o, on=["year", "region", "cluster"], suffixes=("", "_o"), how="left", indicator=True)
        missing = (m["_merge"] != "both").sum()
        bad_num = ~np.isclose(m["employment"], m["employment_o"].astype(float), rtol=0, atol=0) \
            | ~np.isclose(m["establishments"], m["establishments_o"].astype(float), rtol=0, atol=0) \
            | ~np.isclose(m["lq"].astype(float), m["lq_o"].astype(float), rtol=1e-9, atol=0)
        bad_flags = np.zeros(len(m), dtype=bool)
        for f in FLAGS:
            bad_flags |= m[f] != m[f + "_o"]
        print(f"strength.csv engine vs {other}: {len(m)} sampled rows, missing {missing}, "
              f"numbers differ {int(bad_num.sum())}, flags differ {int(bad_flags.sum())}")
        ok &= missing == 0 and not bad_num.any() and not bad_flags.any()
        if other == "cli":
            continue  # the CLI writes region_cluster_strength into strength.csv, compared above via the flags
        ce = load(work / "engine" / "cluster_strength.csv")
        co = load(work / other / "cluster_strength.csv")
        cm = ce.merge(co, on=["year", "region"], suffixes=("", "_o"))
        bad_cs = ~np.isclose(cm["cluster_strength"].astype(float), cm["cluster_strength_o"].astype(float),
                             rtol=1e-9, atol=1e-12)
        print(f"cluster_strength.csv engine vs {other}: {len(ce)} / {len(co)} rows, matched {len(cm)}, "
              f"differ {int(bad_cs.sum())}")
        ok &= len(cm) == len(ce) == len(co) and not bad_cs.any()
    print("AGREE" if ok else "DISAGREE")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200_000)
