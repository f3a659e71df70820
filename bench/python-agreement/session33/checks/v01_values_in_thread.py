import threading

out = {}


def compute(a, b):
    out["floordiv"] = a // b
    out["mod"] = a % b
    out["neg_floordiv"] = -a // b
    out["neg_mod"] = -a % b
    out["round_half"] = round(2.5)
    out["round_half3"] = round(3.5)
    out["round2"] = round(2.675, 2)
    out["big"] = a ** 20
    out["bigger"] = (a ** 20) * (b ** 20)
    out["shift"] = 1 << 65
    out["fmt"] = f"{a / b:.3f}"
    out["fmt_g"] = f"{a / 3}"
    out["true_div"] = a / b
    out["int_of_neg"] = int(-7 / 2)
    out["abs_min"] = abs(min(-a, b))
    out["pow_mod"] = pow(a, 10, 13)
    out["divmod_neg"] = divmod(-a, b)
    out["str_float"] = str(0.1 + 0.2)
    out["bool_sum"] = sum([True, True, False])
    out["max_str"] = max("apple", "pear")
    out["hex"] = hex(a * 255)
    out["sep"] = f"{a * 1000000:,}"
    out["pad"] = f"{a:>5}|{b:<4}|{a:03d}"


t = threading.Thread(target=compute, args=(7, 2))
t.start()
t.join()
for key in sorted(out):
    print(key, out[key])
