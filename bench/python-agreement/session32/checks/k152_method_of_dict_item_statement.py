# A method called on an instance held in a dict under a run-time key, as a statement.
import threading


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, n):
        self.balance += n


accounts = {"a": Account(), "b": Account()}


def work(key):
    accounts[key].deposit(5)


t = threading.Thread(target=work, args=("b",))
t.start()
t.join()
print(accounts["a"].balance, accounts["b"].balance)
