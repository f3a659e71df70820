# check: Python integer semantics computed in a thread: floor division, modulo, big ints, bools
import threading

r = {}


def compute():
    r["floordiv"] = -7 // 2
    r["mod"] = -7 % 3
    r["modneg"] = 7 % -3
    r["pow"] = 3 ** 4
    r["bools"] = True + True
    r["abs"] = abs(-5)
    r["divmod0"] = -9 // 4
    r["big"] = 2 ** 40 + 2 ** 40


t = threading.Thread(target=compute)
t.start()
t.join()
floordiv = r["floordiv"]
mod = r["mod"]
modneg = r["modneg"]
power = r["pow"]
bools = r["bools"]
absolute = r["abs"]
divmod0 = r["divmod0"]
big = r["big"]
print(floordiv, mod, modneg, power, bools, absolute, divmod0, big)
