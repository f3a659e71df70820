# two names for one instance: a write through one is seen through the other
import threading


class Account:
    def __init__(self):
        self.balance = 0


primary = Account()
backup = primary


def deposit():
    backup.balance += 10


t = threading.Thread(target=deposit)
t.start()
t.join()
seen = primary.balance
print(seen)
