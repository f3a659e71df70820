# Float arithmetic: true division, int() truncation, float floor division and modulo, comparisons.
import threading

r = {}


def work(a, b):
    r["div"] = a / b
    r["trunc"] = int(-a / b)
    r["ffd"] = -a // b
    r["fmod"] = -a % b
    r["cmp"] = 1 if 0.1 + 0.2 == 0.3 else 0
    r["big"] = 2 ** 62 + 1
    r["sumf"] = sum([0.1] * 10)
    r["minf"] = min(a, b, 2.5)


t = threading.Thread(target=work, args=(7, 2))
t.start()
t.join()
print(r)
