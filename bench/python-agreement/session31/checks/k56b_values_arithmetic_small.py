# integer and float values a worker computes: big ints, floor division and modulo of negatives, round half even
import threading

results = {}


def compute():
    results["floordiv"] = -7 // 2
    results["mod"] = -7 % 3
    results["mod_neg"] = 7 % -3
    results["round_half"] = round(2.5)
    results["round_half3"] = round(3.5)
    results["pow_neg"] = (-2) ** 3
    results["true_div"] = 7 / 2
    results["int_trunc"] = int(-3.7)


t = threading.Thread(target=compute)
t.start()
t.join()
print(results)
