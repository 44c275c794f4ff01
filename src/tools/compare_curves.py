"""Loop against static from two simulate curve.json files, per seed: the lowest loop - static over every
action (a finished curve keeps its last accuracy), and the action at which the loop first reaches the static
map's final accuracy.

    python3 src/tools/compare_curves.py LOOP/curve.json STATIC/curve.json
"""
import json
import sys


def runs(path):
    d = json.load(open(path))
    return {r['seed']: dict(zip(r['actions'], r['accuracy'])) for r in d['runs']}


def at(curve, action):
    return curve[max(k for k in curve if k <= action)]


loops, statics = runs(sys.argv[1]), runs(sys.argv[2])
for seed in sorted(set(loops) & set(statics)):
    loop, static = loops[seed], statics[seed]
    last = max(max(loop), max(static))
    worst = min((at(loop, a) - at(static, a), a) for a in range(1, last + 1))
    final = at(static, last)
    reach = next((a for a in sorted(loop) if loop[a] >= final), None)
    print(f"seed {seed}: loop final {at(loop, last):.3f}, static final {final:.3f}, "
          f"lowest loop - static {worst[0]:+.3f} (action {worst[1]}), reaches the static final at {reach}")
