# Check: float accumulation: sum of tenths, math.fsum-free, comparisons after rounding, int() truncation of negatives, abs. Bug: none.
import threading

out = []


def worker():
    out.append(str(f"{sum([0.1] * 10)}"))
    out.append(str(int(sum([0.1] * 10) == 1.0)))
    out.append(str(int(round(sum([0.1] * 10), 9) == 1.0)))
    out.append(str(int(-3.99)))
    out.append(str(f"{abs(-2.5)}"))
    out.append(str(f"{3 * 1.1}"))
    out.append(str(f"{7 / 7}"))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
