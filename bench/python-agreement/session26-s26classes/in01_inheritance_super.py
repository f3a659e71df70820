# session25/checks/c69: a subclass method that calls super() and a Thread subclass that keeps its result
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance

    def fee(self):
        return 2

    def withdraw(self, amount):
        self.balance -= amount + self.fee()


class Premium(Account):
    def fee(self):
        return super().fee() - 2

    def withdraw(self, amount):
        super().withdraw(amount)
        self.balance += 1


class Teller(threading.Thread):
    def __init__(self, account, amount):
        super().__init__()
        self.account = account
        self.amount = amount
        self.after = None

    def run(self):
        self.account.withdraw(self.amount)
        self.after = self.account.balance


basic = Account(100)
premium = Premium(100)
tellers = [Teller(basic, 10), Teller(premium, 10)]
for t in tellers:
    t.start()
for t in tellers:
    t.join()
results = [t.after for t in tellers]
print(results)
