# Check: true division, float formatting, float to int, rounding to digits, comparison of float and int. Bug: none.
import threading

res = {}


def worker():
    res["div"] = f"{7 / 2}"
    res["fmt"] = f"{2 / 3:.3f}"
    res["r2"] = f"{round(2.675, 2)}"
    res["eq"] = int(1.0 == 1) + int(0.1 + 0.2 == 0.3)
    res["fl"] = int(-2.5 // 1)
    res["s"] = str(3.0)


t = threading.Thread(target=worker)
t.start()
t.join()
div = res["div"]
fmt = res["fmt"]
r2 = res["r2"]
eq = res["eq"]
fl = res["fl"]
s = res["s"]
print(f"div={div} fmt={fmt} r2={r2} eq={eq} fl={fl} s={s}")
