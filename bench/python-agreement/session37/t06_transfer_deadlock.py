# BUG: two transfers take the account locks in opposite orders and can deadlock
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()

    def __repr__(self):
        return f"Account({self.number}, {self.balance})"


checking = Account("CHK", 100)
savings = Account("SAV", 50)
transfers = []
bank_fees = [0]


def transfer(source, target, amount):
    with source.lock:
        fee = amount // 10  # the fee is worked out while the first lock is held
        with target.lock:
            if source.balance >= amount:
                source.balance -= amount + fee
                target.balance += amount
                bank_fees[0] += fee
                transfers.append((source.number, target.number, amount))


t1 = threading.Thread(target=transfer, args=(checking, savings, 30))
t2 = threading.Thread(target=transfer, args=(savings, checking, 20))
t1.start()
t2.start()
t1.join()
t2.join()

chk = checking.balance
sav = savings.balance
total = chk + sav + bank_fees[0]
print(f"chk={chk} sav={sav} total={total} transfers={len(transfers)}")
