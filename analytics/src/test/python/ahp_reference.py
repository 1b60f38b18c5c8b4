#!/usr/bin/python3
"""Independent AHP reference values (numpy.linalg.eig, dense LAPACK) for AhpWeightsTest.

Run: /usr/bin/python3 analytics/src/test/python/ahp_reference.py
Principal right eigenvector normalised to sum 1; CI = (lambda_max - n)/(n - 1); CR = CI / RI, Saaty's RI(4) = 0.90,
RI(3) = 0.58.
"""
import numpy as np

MATRICES = {
    "four": np.array([[1, 3, 5, 9], [1 / 3, 1, 3, 7], [1 / 5, 1 / 3, 1, 3], [1 / 9, 1 / 7, 1 / 3, 1]], dtype=float),
    "cyclic": np.array([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]], dtype=float),
}
RI = {3: 0.58, 4: 0.90}
for name, a in MATRICES.items():
    vals, vecs = np.linalg.eig(a)
    i = np.argmax(vals.real)
    w = np.abs(vecs[:, i].real)
    w = w / w.sum()
    n = a.shape[0]
    lam = vals[i].real
    ci = (lam - n) / (n - 1)
    print(name, "weights", [repr(x) for x in w], "lambda_max", repr(lam), "CI", repr(ci), "CR", repr(ci / RI[n]))
