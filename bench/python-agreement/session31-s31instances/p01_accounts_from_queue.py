# Accounts in a dict, looked up by a name each teller takes from a queue; each update under the account's lock.
import queue
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


accounts = {"alice": Account(100), "bob": Account(50)}
moves = queue.Queue()


def teller():
    while True:
        move = moves.get()
        if move is None:
            break
        name, amount = move
        account = accounts[name]
        with account.lock:
            account.balance += amount


for move in [("alice", -30), ("bob", 30), ("bob", -10), ("alice", 10)]:
    moves.put(move)
workers = [threading.Thread(target=teller) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    moves.put(None)
for w in workers:
    w.join()
alice = accounts["alice"].balance
bob = accounts["bob"].balance
print("alice", alice, "bob", bob)
