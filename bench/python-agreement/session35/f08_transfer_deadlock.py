# BUG: deadlock: two transfers in opposite directions lock the two accounts in opposite order
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    with src.lock:
        time.sleep(0.0001)
        with dst.lock:
            src.balance -= amount
            dst.balance += amount
    return f"{src.name}->{dst.name} {amount}"


alice = Account("alice", 100)
bob = Account("bob", 50)
pool = ThreadPoolExecutor(max_workers=2)
futures = [pool.submit(transfer, alice, bob, 30), pool.submit(transfer, bob, alice, 20)]
done, not_done = wait(futures, timeout=0.3)
print("done:", sorted(f.result() for f in done))
print("stuck:", len(not_done))
print("balances:", alice.balance, bob.balance, "total:", alice.balance + bob.balance)
pool.shutdown(wait=False)
sys.stdout.flush()
os._exit(0)  # a stuck worker would keep the interpreter from exiting
