"""Builds the bundled demo in assets/demo from Debian's dataset-fashion-mnist (MIT licence).

Picks 150 test images per class with a fixed seed, writes them as PNG under shuffled, class-free names
(the app must not see the classes), and keeps the ground truth apart in truth.csv so the demo can report
accuracy. Run with Debian's python3 (numpy, Pillow):

    /usr/bin/python3 src/tools/make_demo_assets.py
"""
import gzip
import os

import numpy as np
from PIL import Image

SRC = "/usr/share/datasets/fashion-mnist"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "assets", "demo")
CLASSES = ["t-shirt", "trouser", "pullover", "dress", "coat",
           "sandal", "shirt", "sneaker", "bag", "ankle-boot"]
PER_CLASS = 150
SEED = 20261128


def read_idx(name):
    with gzip.open(os.path.join(SRC, name)) as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


images = read_idx("t10k-images-idx3-ubyte.gz")
labels = read_idx("t10k-labels-idx1-ubyte.gz")
rng = np.random.default_rng(SEED)
picked = np.concatenate([rng.choice(np.flatnonzero(labels == c), PER_CLASS, replace=False)
                         for c in range(len(CLASSES))])
rng.shuffle(picked)

img_dir = os.path.join(OUT, "images")
os.makedirs(img_dir, exist_ok=True)
rows = ["path,label"]
for n, idx in enumerate(picked):
    name = f"item-{n:04d}.png"
    Image.fromarray(images[idx], mode="L").save(os.path.join(img_dir, name), optimize=True)
    rows.append(f"{name},{CLASSES[labels[idx]]}")
with open(os.path.join(OUT, "truth.csv"), "w") as f:
    f.write("\n".join(rows) + "\n")
print(f"wrote {len(picked)} images of {len(CLASSES)} classes to {img_dir}")
