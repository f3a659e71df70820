# BUG: two transfers take the account locks in opposite orders with nested `with`, so they can deadlock.
import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


checking = Account("checking", 100)
savings = Account("savings", 50)
balances = {}


def transfer(source, target, amount):
    with source.lock:
        fee = amount // 10
        with target.lock:
            if source.balance >= amount:
                source.balance -= amount + fee
                target.balance += amount


def main():
    a = threading.Thread(target=transfer, args=(checking, savings, 30))
    b = threading.Thread(target=transfer, args=(savings, checking, 20))
    a.start()
    b.start()
    a.join()
    b.join()
    balances["checking"] = checking.balance
    balances["savings"] = savings.balance
    print(balances)


main()
