# A module-level instance keeps a dict display given to __init__; threads transfer under its lock.
import threading


class Bank:
    def __init__(self, balances):
        self.balances = balances
        self.lock = threading.Lock()

    def transfer(self, src, dst, amount):
        with self.lock:
            if self.balances[src] < amount:
                return False
            self.balances[src] -= amount
            self.balances[dst] += amount
            return True


bank = Bank({"alice": 50, "bob": 0})
outcomes = []


def client(src, dst, amount):
    ok = bank.transfer(src, dst, amount)
    outcomes.append(1 if ok else 0)


threads = [threading.Thread(target=client, args=("alice", "bob", 30)),
           threading.Thread(target=client, args=("alice", "bob", 30)),
           threading.Thread(target=client, args=("bob", "alice", 20))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(bank.balances, outcomes)
