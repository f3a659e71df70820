import threading

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self._lock = threading.Lock()

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        with self._lock:
            self._balance += amount

    def __repr__(self):
        return f"Account({self.owner})"

acct = Account("ann", 10)
ts = [threading.Thread(target=acct.deposit, args=(a,)) for a in (5, 7)]
for t in ts:
    t.start()
for t in ts:
    t.join()
final = acct.balance
