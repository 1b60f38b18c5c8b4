#!/usr/bin/python3
"""Independent reference values for the ClusterWorks complexity engine (numpy/pandas, written from the published
definitions, not from the Java code).

Reads   analytics/src/test/resources/fixtures/world-trade-1998-2000/input_world_*.csv
Writes  analytics/src/test/resources/fixtures/world-trade-1998-2000/expected/*.csv[.gz]

Regenerate (Debian's python3 with python3-pandas, python3-numpy):
    /usr/bin/python3 analytics/src/test/python/world_trade_reference.py

Conventions (see PROVENANCE.md next to the data):
  RCA_cp = (x_cp/x_c)/(x_p/x)  (Balassa); M_cp = 1 if RCA >= 1.
  proximity phi_ij = C_ij / max(k_i, k_j), C = M'M (products) or MM' (countries); pairs i<j with phi > 0.
  ECI/PCI (eigenvector): q = eigenvector of the 2nd largest eigenvalue of Mpp = U^-1 M' D^-1 M (numpy.linalg.eig),
      k = D^-1 M q, sign so corr(k, diversity) > 0, ECI = (k - mean k)/std k, PCI = (q - mean k)/std k, np.std ddof=0
      (py-ecomplexity calc_eci_pci).
  ECI/PCI (reflections, N = 20): k_c0 = diversity, k_p0 = ubiquity, k_cN = mean of k_p,N-1 over c's products,
      k_pN = mean of k_c,N-1 over p's countries; ECI from k_c20, PCI from k_p19, Growth Lab normalisation as above
      (iterates centred and scaled at each step against cancellation, see below).
  Fitness-complexity: economiccomplexity::complexity_measures(method = "fitness") defaults: F = Q = 1 at column 1;
      for j = 2..20: F_j = M Q_{j-1}, F_j /= mean; Q_j = 1/(M' (1/F_{j-1})), Q_j /= mean; report column 20.
  EconGeo relatedness(): prob, association, cosine, jaccard on C = M'M (van Eck & Waltman 2009 / Steijn 2017).
  Relatedness density: 100 * (M phi) / colSums(phi), phi with zero diagonal (EconGeo relatedness_density, unrounded).
  PRODY/EXPY (Hausmann, Hwang, Rodrik 2007) over the countries with a GDP per capita.
"""
import os
import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "world-trade-1998-2000"))
OUT = os.path.join(FIX, "expected")
os.makedirs(OUT, exist_ok=True)

trade = pd.read_csv(os.path.join(FIX, "input_world_trade_avg_1998_to_2000.csv"),
                    dtype={"country": str, "product": str})
gdp = pd.read_csv(os.path.join(FIX, "input_world_gdp_avg_1998_to_2000.csv"), dtype={"country": str})

X = trade.pivot_table(index="country", columns="product", values="value", aggfunc="sum", fill_value=0.0)
X = X.sort_index().sort_index(axis=1)
countries = X.index.to_numpy()
products = X.columns.to_numpy()
x = X.to_numpy(dtype=float)

rca = (x / x.sum(axis=1, keepdims=True)) / (x.sum(axis=0, keepdims=True) / x.sum())
M = (rca >= 1).astype(float)
d = M.sum(axis=1)
u = M.sum(axis=0)


def write(name, frame, gz=False):
    path = os.path.join(OUT, name + (".gz" if gz else ""))
    frame.to_csv(path, index=False, float_format="%.17g", compression={"method": "gzip", "mtime": 0} if gz else None)


r_i, c_i = np.nonzero(x > 0)
write("rca.csv", pd.DataFrame({"country": countries[r_i], "product": products[c_i], "rca": rca[r_i, c_i]}), gz=True)
r_i, c_i = np.nonzero(M)
write("mcp.csv", pd.DataFrame({"country": countries[r_i], "product": products[c_i]}))


def proximity(B):
    C = B.T @ B
    k = np.diag(C)
    phi = C / np.maximum.outer(k, k)
    np.fill_diagonal(phi, 0.0)
    return phi


def pairs(phi, codes):
    i, j = np.triu_indices(len(codes), k=1)
    keep = phi[i, j] > 0
    return pd.DataFrame({"a": codes[i[keep]], "b": codes[j[keep]], "proximity": phi[i[keep], j[keep]]})


phi_p = proximity(M)
phi_c = proximity(M.T)
write("proximity_product.csv", pairs(phi_p, products), gz=True)
write("proximity_country.csv", pairs(phi_c, countries), gz=True)


def growth_lab(k, q):
    return (k - k.mean()) / k.std(), (q - k.mean()) / k.std()


# Eigenvector method on the product side, as py-ecomplexity does.
Mpp = (M / u).T @ (M / d[:, None])
vals, vecs = np.linalg.eig(Mpp)
second = np.argsort(vals.real)[-2]
q = vecs[:, second].real
k = (M / d[:, None]) @ q
if np.corrcoef(k, d)[0, 1] < 0:
    k, q = -k, -q
eci, pci = growth_lab(k, q)
write("eci_eigenvector.csv", pd.DataFrame({"country": countries, "eci": eci}))
write("pci_eigenvector.csv", pd.DataFrame({"product": products, "pci": pci}))

# Reflections, N = 20: the chain k_c0 -> k_p1 -> k_c2 -> ... -> k_p19 -> k_c20. The raw iterates converge to a
# constant and keep only ~lambda_2^10 (3e-8) of their signal, so float64 cancellation limits them to ~1e-7 after the
# final normalisation. Averages commute with adding a constant and scaling, so each iterate is also centred and scaled
# (which changes nothing mathematically); the raw version is kept as a check.
def reflections(stabilise):
    kc, kp = d.copy(), None
    for n in range(1, 21):
        if n % 2 == 1:
            kp = (M.T @ kc) / u
            if stabilise:
                kp = (kp - kp.mean()) / kp.std()
        else:
            kc = (M @ kp) / d
            if stabilise and n < 20:
                kc = (kc - kc.mean()) / kc.std()
    return growth_lab(kc, kp)


eci_r, pci_r = reflections(True)
eci_raw, pci_raw = reflections(False)
assert np.abs(eci_r - eci_raw).max() < 1e-5 and np.abs(pci_r - pci_raw).max() < 1e-5
write("eci_reflections.csv", pd.DataFrame({"country": countries, "eci": eci_r}))
write("pci_reflections.csv", pd.DataFrame({"product": products, "pci": pci_r}))
print("reflections: raw vs stabilised max abs difference", np.abs(eci_r - eci_raw).max(), np.abs(pci_r - pci_raw).max())

# Fitness-complexity, economiccomplexity defaults (20 columns, the first is the start).
F = np.ones((len(countries), 20))
Q = np.ones((len(products), 20))
for j in range(1, 20):
    F[:, j] = M @ Q[:, j - 1]
    F[:, j] /= F[:, j].mean()
    Q[:, j] = 1.0 / (M.T @ (1.0 / F[:, j - 1]))
    Q[:, j] /= Q[:, j].mean()
write("fitness.csv", pd.DataFrame({"country": countries, "fitness": F[:, 19]}))
write("complexity.csv", pd.DataFrame({"product": products, "complexity": Q[:, 19]}))

# EconGeo relatedness() normalisations of the product co-occurrence C = M'M (diagonal zeroed, s = column sums,
# T = sum of C, undefined -> 0). Computed on the whole matrix; written for the pairs among the first 100 products only,
# to keep the fixture small.
C = M.T @ M
np.fill_diagonal(C, 0)
s_col = C.sum(axis=0)
T = C.sum()
si = np.broadcast_to(s_col[None, :], C.shape)  # EconGeo: si[i, j] = s_j
sj = np.broadcast_to(s_col[:, None], C.shape)  # EconGeo: sj[i, j] = s_i
with np.errstate(divide="ignore", invalid="ignore"):
    econgeo = {
        "prob": C / (((si / T) * (sj / (T - si)) + (sj / T) * (si / (T - sj))) * (T / 2)),
        "association": (C / T) / ((si / T) * (sj / T)),
        "cosine": C / np.sqrt(si * sj),
        "jaccard": C / (si + sj - C),
    }
i, j = np.triu_indices(100, k=1)
frame = pd.DataFrame({"a": products[i], "b": products[j]})
for method, values in econgeo.items():
    values = np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0)
    np.fill_diagonal(values, 0)
    frame[method] = values[i, j]
write("econgeo_relatedness_first100.csv", frame)

# Relatedness density with product proximity (zero diagonal).
dens = 100 * (M @ phi_p) / phi_p.sum(axis=0)
r_i, c_i = np.nonzero(M == 0)
write("density.csv", pd.DataFrame({"country": countries[r_i], "product": products[c_i], "density": dens[r_i, c_i]}),
      gz=True)

# PRODY / EXPY over countries with a GDP per capita.
income = gdp.set_index("country")["value"].reindex(countries)
has = income.notna().to_numpy()
share = x / x.sum(axis=1, keepdims=True)
w = share[has]
prody = (w * income.to_numpy()[has][:, None]).sum(axis=0) / w.sum(axis=0)
expy = (share * prody).sum(axis=1)
write("prody.csv", pd.DataFrame({"product": products, "prody": prody}))
write("expy.csv", pd.DataFrame({"country": countries, "expy": expy}))

print("countries", len(countries), "products", len(products), "mcp cells", int(M.sum()),
      "lambda2", np.sort(vals.real)[-2])
