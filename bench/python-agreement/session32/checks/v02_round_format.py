# round() half-to-even, f-string format specs, str() of floats.
import threading

r = {}


def work(x):
    r["r1"] = round(2.5)
    r["r2"] = round(3.5)
    r["r3"] = round(x, 1)
    r["f1"] = f"{x:.2f}"
    r["f2"] = f"{1234567:,}"
    r["f3"] = f"{42:05d}"
    r["f4"] = f"{0.1 + 0.2}"
    r["f5"] = str(1e16)
    r["f6"] = f"{x!r:>8}"
    r["f7"] = f"{255:#x}"
    r["f8"] = f"{3:<4}|"


t = threading.Thread(target=work, args=(2.675,))
t.start()
t.join()
print(r)
