# get_account().deposit(5) as a statement (a method of a call's value): CPython deposits; weft drops the call.
# CPython 3.11.7: `acct_balance=5` (5 of 5 runs); weft explore: `acct_balance=0`, its only outcome, "complete".
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
