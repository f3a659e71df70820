# A balance per account, each guarded by its own lock from defaultdict(threading.Lock): no update is lost.
import threading
from collections import defaultdict

account_locks = defaultdict(threading.Lock)
balances = {"alice": 100, "bob": 100}


def deposit(account, amount):
    with account_locks[account]:
        current = balances[account]
        balances[account] = current + amount


def teller(plan):
    for account, amount in plan:
        deposit(account, amount)


tellers = [
    threading.Thread(target=teller, args=([("alice", 10), ("bob", 5)],)),
    threading.Thread(target=teller, args=([("bob", 7), ("alice", 3)],)),
    threading.Thread(target=teller, args=([("alice", 1)],)),
]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
print(balances)
