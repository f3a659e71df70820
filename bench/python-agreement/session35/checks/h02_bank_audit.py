"""A bank with per-account locks, transfers in a fixed lock order, and an auditor that locks all to sum."""
import threading
import time

balances = {"a": 100, "b": 50, "c": 25}
locks = {name: threading.Lock() for name in balances}
audits = []


def transfer(src, dst, amount):
    first, second = sorted([src, dst])
    with locks[first]:
        with locks[second]:
            if balances[src] >= amount:
                balances[src] -= amount
                time.sleep(0)
                balances[dst] += amount


def auditor():
    for _ in range(2):
        with locks["a"]:
            with locks["b"]:
                with locks["c"]:
                    audits.append(balances["a"] + balances["b"] + balances["c"])
        time.sleep(0.001)


threads = [
    threading.Thread(target=transfer, args=("a", "b", 30)),
    threading.Thread(target=transfer, args=("c", "a", 20)),
    threading.Thread(target=transfer, args=("b", "c", 60)),
    threading.Thread(target=auditor),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balances, audits)
