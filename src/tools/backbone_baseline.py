#!/usr/bin/env python3
"""PyTorch's own speed on the backbone that `bench --only backbone` times through DJL.

Loads the same TorchScript file, reads the same output (the c5 tap by default), average-pools it as the app
does, and times batches of seeded random input under torch.inference_mode with the given thread count. It
times the forward pass and the pooling only: the tensor is made once, so this side does no resizing or
normalising (the DJL side does; the bench says so beside the ratio). Prints one JSON line.

    /usr/bin/python3 src/tools/backbone_baseline.py --model M.pt --size 128 --batch 32 --threads 2
"""
import argparse
import json
import time

import torch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--size", type=int, required=True)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--tap", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--batches", type=int, default=6)
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(42)
    model = torch.jit.load(a.model, map_location="cpu").eval()
    x = torch.rand(a.batch, 3, a.size, a.size)

    def forward():
        out = model(x)
        tap = out[a.tap] if isinstance(out, (tuple, list)) else out
        return tap.mean(dim=(2, 3)) if tap.dim() == 4 else tap

    with torch.inference_mode():
        for _ in range(a.warmup):
            forward()
        t0 = time.perf_counter()
        for _ in range(a.batches):
            f = forward()
        seconds = time.perf_counter() - t0
    n = a.batch * a.batches
    print(json.dumps({"size": a.size, "batch": a.batch, "threads": a.threads, "images": n, "seconds": seconds,
                      "images_per_second": n / seconds, "feature_dim": int(f.shape[1]),
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
