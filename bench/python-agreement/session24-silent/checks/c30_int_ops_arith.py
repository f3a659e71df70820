import threading

vals = {}


def work(n):
    vals["pow"] = n ** 3
    vals["neg_pow"] = (-n) ** 3
    vals["mod_neg"] = -n % 7
    vals["floordiv_neg"] = -n // 7
    vals["mod_neg_divisor"] = n % -3
    vals["abs"] = abs(-n)
    vals["min_neg"] = min(-n, 2)
    vals["big"] = n * 10 ** 18


t = threading.Thread(target=work, args=(5,))
t.start()
t.join()
print(vals)
