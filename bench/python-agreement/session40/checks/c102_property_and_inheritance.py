# Check: a @property with a side effect, an overridden method calling super(), a classmethod counter. Bug: none.
import threading


class Account:
    opened = 0

    def __init__(self, balance):
        self._balance = balance
        self.reads = 0
        Account.opened += 1

    @property
    def balance(self):
        self.reads += 1
        return self._balance

    def fee(self):
        return 2

    @classmethod
    def count(cls):
        return cls.opened


class Premium(Account):
    def fee(self):
        return super().fee() - 2


acct = Premium(100)
plain = Account(50)
total = 0
opened = 0


def worker():
    global total, opened
    total = acct.balance + plain.balance - acct.fee() - plain.fee()
    opened = Account.count()


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"total={total} opened={opened} reads={acct.reads}")
