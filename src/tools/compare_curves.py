"""Loop against static from two simulate curve.json files: lowest loop - static over every action (the loop's
last accuracy standing after it ends), actions for the loop to reach the static map's final accuracy."""
import json, sys
def curve(p):
    d = json.load(open(p))
    return dict(zip(d['actions'], d['accuracy']))
loop, static = curve(sys.argv[1]), curve(sys.argv[2])
last = max(max(loop), max(static))
def at(c, a):
    return c[max(k for k in c if k <= a)]
worst = min((at(loop, a) - at(static, a), a) for a in range(1, last + 1))
final = at(static, last)
reach = next((a for a in sorted(loop) if loop[a] >= final), None)
print(f"loop final {at(loop,last):.3f} static final {final:.3f} lowest loop-static {worst[0]:+.3f} (action {worst[1]}) reaches static final at {reach}")
