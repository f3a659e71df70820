"""Random threaded program over instances (seed 3639, number 6)."""
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.history = []
        self.tags = {"ops": 0}
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            value = self.balance
            time.sleep(0)
            self.balance = value + amount
            self.history.append(amount)

    def risky_add(self, amount):
        value = self.balance
        time.sleep(0)
        self.balance = value + amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance < amount:
                return False
            self.balance -= amount
            self.history.append(-amount)
            return True

    def tag(self):
        count = self.tags["ops"]
        time.sleep(0)
        self.tags["ops"] = count + 1


a = Account("a", 10)
b = Account("b", 5)
log = []

def t1():
    b.tag()
    log.append(("t11", a.withdraw(5)))


def t2():
    if a.withdraw(5):
        b.deposit(5)
    if a.withdraw(9):
        b.deposit(9)


threads = [threading.Thread(target=t1), threading.Thread(target=t2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([a.balance, b.balance, len(a.history), len(b.history), a.tags['ops'], b.tags['ops'], sorted(log)])
