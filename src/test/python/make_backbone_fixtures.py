"""Builds a tiny two-output TorchScript model and the features torch computes for two synthetic images.

Run with Debian's /usr/bin/python3 (torch 1.13):
    /usr/bin/python3 src/test/python/make_backbone_fixtures.py
Writes src/test/resources/fixtures/backbone/{tiny_taps.pt, tiny_taps_expected.json}. The Java test builds
the same images from the same formula, so the fixture checks our normalisation, channel order, tap choice
and pooling against torch itself.
"""
import json
import os

import torch

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "fixtures", "backbone")
SIZE = 16
MEAN = [0.485, 0.456, 0.406]
STD = [0.229, 0.224, 0.225]


class TinyTaps(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, kernel_size=3, stride=2, padding=1)
        self.fc = torch.nn.Linear(4, 3)

    def forward(self, x):
        fmap = torch.relu(self.conv(x))
        logits = self.fc(fmap.mean(dim=(2, 3)))
        return fmap, logits


def image(k):
    """RGB bytes [H, W, 3] of synthetic image k, mirrored exactly in BackboneFixtureTest."""
    img = torch.zeros(SIZE, SIZE, 3, dtype=torch.int64)
    for y in range(SIZE):
        for x in range(SIZE):
            img[y, x, 0] = (x * 16 + 40 * k) % 256
            img[y, x, 1] = (y * 16 + 7 * k) % 256
            img[y, x, 2] = ((x + y) * 8 + 100 * k) % 256
    return img


def main():
    torch.manual_seed(1234)
    model = TinyTaps().eval()
    traced = torch.jit.trace(model, torch.zeros(1, 3, SIZE, SIZE))
    os.makedirs(OUT, exist_ok=True)
    traced.save(os.path.join(OUT, "tiny_taps.pt"))
    batch = torch.stack([image(k) for k in range(2)]).float() / 255.0  # N, H, W, 3
    batch = (batch - torch.tensor(MEAN)) / torch.tensor(STD)
    batch = batch.permute(0, 3, 1, 2).contiguous()
    with torch.no_grad():
        fmap, logits = traced(batch)
    expected = {
        "size": SIZE,
        "tap0_avg": fmap.mean(dim=(2, 3)).tolist(),
        "tap0_flatten": fmap.reshape(fmap.shape[0], -1).tolist(),
        "tap1": logits.tolist(),
        "torch": torch.__version__,
    }
    with open(os.path.join(OUT, "tiny_taps_expected.json"), "w") as f:
        json.dump(expected, f, indent=1)


if __name__ == "__main__":
    main()
