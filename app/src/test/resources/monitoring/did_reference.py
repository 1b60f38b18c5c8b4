"""Independent reference for DifferenceInDifferencesTest: the 2x2 regression with interaction fitted by numpy.

y = b0 + b1*T + b2*After + b3*T*After + e ; b3 is the difference-in-differences and its OLS standard error is
sqrt(s^2 * inv(X'X)[3,3]) with s^2 = SSR / (N - 4). The unequal-variance standard error is sqrt(sum var_g / n_g).
Run: python3 did_reference.py (numpy 2.x); the printed numbers are copied into the test.
"""
import numpy as np

groups = {
    (1, 0): [12, 15, 11, 14, 13, 16],          # supported firms, baseline
    (1, 1): [18, 21, 17, 22, 19, 20, 23],      # supported firms, endline
    (0, 0): [10, 12, 9, 11, 13],               # comparison firms, baseline
    (0, 1): [12, 13, 11, 15, 12, 14],          # comparison firms, endline
}
rows, y = [], []
for (t, after), values in groups.items():
    for v in values:
        rows.append([1, t, after, t * after])
        y.append(v)
X = np.array(rows, dtype=float)
y = np.array(y, dtype=float)
beta, ssr, _, _ = np.linalg.lstsq(X, y, rcond=None)
n = len(y)
s2 = ssr[0] / (n - 4)
cov = s2 * np.linalg.inv(X.T @ X)
print("b3", repr(beta[3]))
print("se_ols", repr(np.sqrt(cov[3, 3])))
se_unequal = np.sqrt(sum(np.var(v, ddof=1) / len(v) for v in groups.values()))
print("se_unequal", repr(se_unequal))
print("df", n - 4)
