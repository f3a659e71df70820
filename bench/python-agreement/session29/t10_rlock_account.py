import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

    def move_to(self, other, amount):
        with self.lock:
            if self.withdraw(amount):
                other.deposit(amount)
                return True
            return False


checking = Account(50)
savings = Account(0)
ok_count = 0


def mover():
    global ok_count
    for _ in range(3):
        if checking.move_to(savings, 20):
            ok_count += 1


threads = [threading.Thread(target=mover) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
checking_left = checking.balance
savings_now = savings.balance
print(checking_left, savings_now, ok_count)
