import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


bank_lock = threading.Lock()


def transfer(src, dst, amount):
    # one global lock for the whole transfer keeps it simple and deadlock-free
    with bank_lock:
        if src.balance < amount:
            return False
        src.balance -= amount
        dst.balance += amount
        return True


def teller(accounts, moves, log):
    for i, j, amount in moves:
        ok = transfer(accounts[i], accounts[j], amount)
        log.append(ok)


def main():
    accounts = [Account("alice", 100), Account("bob", 50), Account("carol", 0)]
    log = []
    t1 = threading.Thread(target=teller, args=(accounts, [(0, 1, 30), (1, 2, 70)], log))
    t2 = threading.Thread(target=teller, args=(accounts, [(1, 0, 60), (2, 0, 10)], log))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    total = sum(a.balance for a in accounts)
    assert total == 150, total
    print("total", total, "ok transfers", log.count(True))
    for a in accounts:
        print(a.name, a.balance)


main()
