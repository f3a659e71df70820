# Check: int edge arithmetic: modulo with negative divisor, float floor division, round half even, int of underscored string, bool text. Bug: none.
import threading

out = []


def worker():
    out.append(str(7 % -3))
    out.append(str(round(0.5)))
    out.append(str(round(1.5)))
    out.append(str(round(-2.5)))
    out.append(str(int("1_000")))
    out.append(str(str(True) + str(None)))
    out.append(str(10 ** 18 + 1))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
