"""Accounts named by strings: two transfers out of "alice" check her balance and then move the money
without a lock, so both may pass the check and her balance goes negative."""
import threading

balances = {"alice": 100, "bob": 50, "carol": 0}


def transfer(src, dst, amount):
    if balances[src] >= amount:
        balances[src] -= amount
        balances[dst] += amount


threads = [
    threading.Thread(target=transfer, args=("alice", "bob", 80)),
    threading.Thread(target=transfer, args=("alice", "carol", 60)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(balances)
