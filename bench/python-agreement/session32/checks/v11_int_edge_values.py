# Integer edges: big products, negative shifts, bool arithmetic, int() of strings with spaces and signs.
import threading

r = {}


def work(n):
    r["big"] = n * n * n
    r["neg_shift"] = -n >> 3
    r["bool_sum"] = True + True
    r["int_str"] = int(" -42 ")
    r["int_base"] = int("ff", 16)
    r["int_underscore"] = int("1_000")
    r["divmod_neg"] = divmod(-n, 7)[1]
    r["pow_neg"] = (-2) ** 3
    r["abs_min"] = abs(-(2 ** 62))


t = threading.Thread(target=work, args=(1000003,))
t.start()
t.join()
print(r)
