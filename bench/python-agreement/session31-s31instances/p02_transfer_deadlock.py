# BUG: deadlock: each transfer locks its source account, then its target, so two opposite transfers taken from the queue can each hold one lock and wait for the other
import queue
import threading
import time


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()


accounts = {name: Account(100) for name in ("alice", "bob")}
moves = queue.Queue()
done = []


def transfer(source, target, amount):
    with accounts[source].lock:
        time.sleep(0.01)  # check the ledger
        with accounts[target].lock:
            accounts[source].balance -= amount
            accounts[target].balance += amount


def teller():
    source, target, amount = moves.get()
    transfer(source, target, amount)
    done.append(source)


moves.put(("alice", "bob", 30))
moves.put(("bob", "alice", 20))
tellers = [threading.Thread(target=teller, daemon=True) for _ in range(2)]
for t in tellers:
    t.start()
for t in tellers:
    t.join(timeout=0.5)
stuck = sum(1 for t in tellers if t.is_alive())
print("done", len(done), "stuck", stuck)
