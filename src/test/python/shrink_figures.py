#!/usr/bin/python3
"""Shrinks figures for docs/img/results: an adaptive palette (64 colours for plots, 256 for thumbnail maps),
no dithering. The experiment/simulate commands write full-colour PNGs; the repository keeps these copies.

usage: /usr/bin/python3 src/test/python/shrink_figures.py SRC.png DEST.png [SRC DEST ...]   (needs Pillow)
"""
import sys

from PIL import Image

args = sys.argv[1:]
for src, dest in zip(args[0::2], args[1::2]):
    image = Image.open(src).convert("RGB")
    colours = 256 if "thumbnails" in src else 64
    image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(dest, optimize=True)
