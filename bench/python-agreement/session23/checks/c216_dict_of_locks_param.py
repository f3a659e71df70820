# check: a dict of per-account locks handed to worker threads
import threading

balances = {"a": 10, "b": 10}


def move(locks, src, dst, amount):
    first, second = sorted([src, dst])
    with locks[first]:
        with locks[second]:
            balances[src] -= amount
            balances[dst] += amount


locks = {"a": threading.Lock(), "b": threading.Lock()}
ts = [threading.Thread(target=move, args=(locks, "a", "b", 3)), threading.Thread(target=move, args=(locks, "b", "a", 5))]
for t in ts:
    t.start()
for t in ts:
    t.join()
