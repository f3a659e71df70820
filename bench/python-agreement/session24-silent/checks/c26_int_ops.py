import threading

vals = {}


def work(n):
    vals["pow"] = n ** 3
    vals["neg_pow"] = (-n) ** 3
    vals["shift"] = -n >> 1
    vals["and"] = -n & 0xFF
    vals["xor"] = n ^ -1
    vals["mod_neg"] = -n % 7
    vals["floordiv_neg"] = -n // 7
    vals["abs"] = abs(-n)
    vals["round"] = round(n / 2)
    vals["int_div"] = int(-n / 2)


t = threading.Thread(target=work, args=(5,))
t.start()
t.join()
print(vals)
