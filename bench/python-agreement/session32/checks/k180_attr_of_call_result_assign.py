# get_account().balance += 5 and get_account().owner = "bo": attribute writes on a call's value.
import threading


class Account:
    def __init__(self):
        self.balance = 0
        self.owner = "al"


acct = Account()


def get_account():
    return acct


def work():
    get_account().balance += 5
    get_account().owner = "bo"


t = threading.Thread(target=work)
t.start()
t.join()
print(acct.balance, acct.owner)
