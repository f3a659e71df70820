import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def withdraw(self, amount):
        if self.balance >= amount:
            with self.lock:
                self.balance -= amount
                return True
        return False


account = Account(100)
ok = [0, 0]


def customer(i, amount):
    if account.withdraw(amount):
        ok[i] = 1


ts = [threading.Thread(target=customer, args=(i, a)) for i, a in enumerate([80, 50])]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(account.balance, ok)
