import threading

out = {}


def compute():
    out["pow"] = pow(3, 20, 1000)
    out["shift"] = -17 >> 2
    out["int"] = int("  42 ") + int(-3.9)
    out["round"] = round(2.5) + round(3.5)
    out["bool"] = True + True
    out["chain"] = 1 if 0 < out["bool"] < 3 else 0
    out["mx"] = max([], default=-5)


t = threading.Thread(target=compute)
t.start()
t.join()
total = sum(out.values())
print(out, total)
