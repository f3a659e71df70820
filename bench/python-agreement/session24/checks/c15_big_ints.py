"""Python integers do not overflow: a product and a string hash past 2**63, computed in a thread."""
import threading

results = {}


def compute():
    product = 1
    for n in range(1, 26):
        product *= n
    results["factorial_mod"] = product % 1_000_000_007
    results["factorial_digits"] = len(str(product))
    h = 0
    for ch in "concurrency":
        h = h * 131 + ord(ch)
    results["hash_mod"] = h % 998_244_353
    results["neg_big"] = (-product) // 7 % 1000


t = threading.Thread(target=compute)
t.start()
t.join()
print(results)
