# Random histories of adds and discards of integers, each with the order CPython walks the set in.
import random
rng = random.Random(24)
lines = []
for n in range(200):
    real = set(); ops = []
    span = rng.choice([8, 16, 40, 100, 1000, 2**62])
    for _ in range(rng.randint(0, 60)):
        k = rng.randint(-span, span)
        if rng.random() < 0.3 and real:
            k = rng.choice(sorted(real)); real.discard(k); ops.append(f"-{k}")
        else:
            real.add(k); ops.append(f"+{k}")
    lines.append(" ".join(ops) + " = " + " ".join(str(x) for x in real))
print("\n".join(lines))
