# a = get_account() returns the module instance; a.balance += 5 changes it.
import threading


class Account:
    def __init__(self):
        self.balance = 0


acct = Account()


def get_account():
    return acct


def work():
    a = get_account()
    a.balance += 5


t = threading.Thread(target=work)
t.start()
t.join()
print(acct.balance)
