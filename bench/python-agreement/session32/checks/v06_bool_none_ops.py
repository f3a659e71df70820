# Truthiness, `or`/`and` values, None comparisons, chained comparisons, `is`.
import threading

r = {}


def work(x, empty):
    r["or1"] = empty or "default"
    r["or2"] = x or "default"
    r["and1"] = x and "yes"
    r["and2"] = empty and "yes"
    r["chain"] = 1 if 0 < x < 10 else 0
    r["notnone"] = 1 if x is not None else 0
    r["bool"] = int(bool(empty))
    r["ternary"] = "big" if x > 3 else "small"
    r["count_true"] = sum([x > 1, x > 5, x > 2])


t = threading.Thread(target=work, args=(4, ""))
t.start()
t.join()
print(r)
