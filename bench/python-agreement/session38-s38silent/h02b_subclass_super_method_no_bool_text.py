# A subclass overrides a method and calls super(); threads use both classes on shared accounts.
import threading

log = []
lock = threading.Lock()


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True


class OverdraftAccount(Account):
    def __init__(self, name, balance, limit):
        super().__init__(name, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            return False
        self.balance -= amount
        return True


plain = Account("plain", 10)
credit = OverdraftAccount("credit", 10, 5)


def spend(account, amounts):
    for amount in amounts:
        with lock:
            ok = account.withdraw(amount)
            log.append(f"{account.name}:{amount}:{1 if ok else 0}")


threads = [threading.Thread(target=spend, args=(plain, [8, 4])),
           threading.Thread(target=spend, args=(credit, [8, 6]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(plain.balance)
log.append(credit.balance)
print(log)
