"""Writes .npy files with NumPy itself, so Silhouette's reader is checked against the real format.

Run with Debian's python3 (numpy): python3 src/test/python/make_npy_fixtures.py
"""
import numpy as np
import os

out = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "npy")
os.makedirs(out, exist_ok=True)
a = np.arange(12, dtype=np.float32).reshape(3, 4) / 8.0 - 0.5
np.save(os.path.join(out, "f32_3x4.npy"), a)
np.save(os.path.join(out, "f64_3x4.npy"), a.astype(np.float64))
np.save(os.path.join(out, "i64_5.npy"), np.array([3, 1, 4, 1, 5], dtype=np.int64))
np.save(os.path.join(out, "f32_big_endian.npy"), a.astype(">f4"))
np.save(os.path.join(out, "f32_fortran.npy"), np.asfortranarray(a))
