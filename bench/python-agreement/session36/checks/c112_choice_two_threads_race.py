"""Two threads choose the same account at run time and do an unguarded += across a sleep."""
import threading
import time


class Account:
    def __init__(self):
        self.balance = 0


accounts = [Account(), Account()]
targets = [1, 1]


def deposit(i):
    acct = accounts[targets[i]]
    value = acct.balance
    time.sleep(0.001)
    acct.balance = value + 10


threads = [threading.Thread(target=deposit, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
balances = [a.balance for a in accounts]
print(balances)
