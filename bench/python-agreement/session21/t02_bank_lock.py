import threading


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance < amount:
                return False
            self.balance -= amount
            return True


def transfer(source, target, amount, log):
    if source.withdraw(amount):
        target.deposit(amount)
        log.append((source.owner, target.owner, amount))


def main():
    alice = Account("alice", 100)
    bob = Account("bob", 50)
    log = []
    threads = [
        threading.Thread(target=transfer, args=(alice, bob, 30, log)),
        threading.Thread(target=transfer, args=(bob, alice, 20, log)),
        threading.Thread(target=transfer, args=(alice, bob, 10, log)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("alice", alice.balance, "bob", bob.balance)
    print("transfers:", len(log))
    assert alice.balance + bob.balance == 150


main()
