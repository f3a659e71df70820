# A method called on the value of a function call, as a statement: get_account().deposit(5).
import threading


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, n):
        self.balance += n


acct = Account()


def get_account():
    return acct


def work():
    get_account().deposit(5)


t = threading.Thread(target=work)
t.start()
t.join()
print(acct.balance)
