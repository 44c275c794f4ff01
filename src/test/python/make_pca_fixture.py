#!/usr/bin/python3
"""Reference PCA scores for the 2-D PCA layout: a seeded 30x5 matrix and its projection on the first two
principal axes from NumPy's SVD of the centred data. Signs of the axes are arbitrary; the test compares
up to sign. Run with Debian's /usr/bin/python3 (numpy 1.24)."""
import numpy as np

rng = np.random.default_rng(7)
x = rng.normal(size=(30, 5)) * np.array([5.0, 3.0, 1.0, 0.5, 0.1])
x = x @ np.linalg.qr(rng.normal(size=(5, 5)))[0]
centred = x - x.mean(axis=0)
u, s, vt = np.linalg.svd(centred, full_matrices=False)
scores = centred @ vt[:2].T
np.savetxt("src/test/resources/fixtures/layout/pca_input.csv", x, delimiter=",", fmt="%.9f")
np.savetxt("src/test/resources/fixtures/layout/pca_scores.csv", scores, delimiter=",", fmt="%.9f")
