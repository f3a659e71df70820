# bug: `acct.balance += n` through a property setter reads, then writes: concurrent deposits are lost
# CPython 3.11.7 (agree.py, 10 runs): 22 every run; weft (complete): 22 and the lost deposits 2, 11, 12, 20, 21.
# Before session 18 the setter was refused at the `@property`
import threading


class Account:
    def __init__(self):
        self._balance = 0
        self._lock = threading.Lock()

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative")
        self._balance = value


acct = Account()


def deposit(n):
    for _ in range(2):
        acct.balance += n


threads = [threading.Thread(target=deposit, args=(i,)) for i in (1, 10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct.balance)
