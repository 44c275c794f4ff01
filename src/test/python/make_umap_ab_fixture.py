#!/usr/bin/python3
"""Reference a, b for UMAP's low-dimensional curve 1 / (1 + a d^(2b)), fitted with SciPy's curve_fit to
1 for d < min_dist and exp(-(d - min_dist) / spread) beyond, on 300 points over [0, 3 spread]
(McInnes, Healy & Melville 2018). Run with Debian's /usr/bin/python3 (numpy 1.24, scipy 1.10)."""
import numpy as np
from scipy.optimize import curve_fit


def curve(x, a, b):
    return 1.0 / (1.0 + a * x ** (2 * b))


print("spread,min_dist,a,b")
for spread, min_dist in [(1.0, 0.1), (1.0, 0.5), (2.0, 0.0), (1.0, 0.001), (1.5, 0.25)]:
    x = np.linspace(0, 3 * spread, 300)
    y = np.where(x < min_dist, 1.0, np.exp(-(x - min_dist) / spread))
    (a, b), _ = curve_fit(curve, x, y)
    print(f"{spread},{min_dist},{a:.8f},{b:.8f}")
