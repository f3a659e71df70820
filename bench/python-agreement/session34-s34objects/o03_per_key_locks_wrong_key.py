# BUG: the transfer locks the lock of the *teller's* name, not the account's, so two tellers update bob at once and a deposit is lost
import threading
from collections import defaultdict

locks = defaultdict(threading.Lock)
balances = {"alice": 100, "bob": 100}


def lock_for(key):
    return locks[key]


def deposit(teller_name, account, amount):
    with lock_for(teller_name):
        current = balances[account]
        balances[account] = current + amount


def teller(name, plan):
    for account, amount in plan:
        deposit(name, account, amount)


tellers = [
    threading.Thread(target=teller, args=("t1", [("bob", 10)])),
    threading.Thread(target=teller, args=("t2", [("bob", 5)])),
]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
print(balances)
