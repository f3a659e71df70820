# BUG: lost update: pool jobs add purchase points to a shared dict with a read, a slow fraud check and a
# write; two jobs for the same member can read the same balance and one award is lost.
import time
from concurrent.futures import ThreadPoolExecutor

points = {"m1": 0, "m2": 0}


def fraud_check(member, amount):
    time.sleep(0.001)
    return amount < 500


def award(member, amount):
    balance = points[member]
    if fraud_check(member, amount):
        points[member] = balance + amount // 10
    return member


purchases = [("m1", 120), ("m1", 80), ("m2", 300), ("m1", 50), ("m2", 40)]
with ThreadPoolExecutor(max_workers=3) as pool:
    done = [pool.submit(award, member, amount) for member, amount in purchases]
    members = [f.result() for f in done]

expected = {"m1": 25, "m2": 34}
print(f"points={points} lost={points != expected}")
