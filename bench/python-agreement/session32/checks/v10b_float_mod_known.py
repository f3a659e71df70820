# 7.5 % 2.0 of a thread's arguments (the floor division too was refused in the same words).
import math
import threading

r = {}


def work(a, b):
    r["sum3"] = 0.1 * 3
    r["repr"] = repr(1 / 3)
    r["round2"] = round(2.675, 2)
    r["round_half"] = round(0.5)
    r["round_neg"] = round(-1.5)
    r["int_neg"] = int(-2.7)
    r["mod"] = a % b
    r["floor"] = math.floor(-2.5)
    r["ceil"] = math.ceil(2.1)
    r["negzero"] = str(-0.0)
    r["big"] = 1e16 + 1
    r["pct"] = "%.1f%%" % (a / b * 100)
    r["exp"] = f"{12345.678:e}"
    r["g"] = f"{0.00001234:g}"
    r["maxmix"] = max(1, 1.0)
    r["inf"] = str(float("inf"))


t = threading.Thread(target=work, args=(7.5, 2.0))
t.start()
t.join()
print(r)
