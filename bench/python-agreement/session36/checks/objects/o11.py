"""Random threaded program over instances (seed 3639, number 11)."""
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
    a.risky_add(5)
    a.deposit(3)
    log.append(("t12", a.withdraw(2)))


def t2():
    log.append(("t20", b.withdraw(1)))
    a.deposit(2)
    b.risky_add(6)


threads = [threading.Thread(target=t1), threading.Thread(target=t2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([a.balance, b.balance, len(a.history), len(b.history), a.tags['ops'], b.tags['ops'], sorted(log)])
