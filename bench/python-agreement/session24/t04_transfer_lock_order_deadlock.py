# BUG: deadlock: two transfers take the two account locks in opposite order
import threading
import time


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source, target, amount):
    with source.lock:
        time.sleep(0.01)  # validate the request
        with target.lock:
            source.balance -= amount
            target.balance += amount


checking = Account("checking", 500)
savings = Account("savings", 500)

t1 = threading.Thread(target=transfer, args=(checking, savings, 100))
t2 = threading.Thread(target=transfer, args=(savings, checking, 50))
t1.start()
t2.start()
t1.join()
t2.join()

checking_balance = checking.balance
savings_balance = savings.balance
print(checking_balance, savings_balance)
