"""A program class raised with an f-string message over an attribute (`f"{acct.owner} short"`): the
message is not modelled; two of three withdrawals of 60 from 100 fail (CPython: balance 40, failures 2)."""
import threading, time
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.lock = threading.Lock()
class InsufficientFunds(Exception):
    pass
def withdraw(acct, amount):
    with acct.lock:
        if acct.balance < amount:
            raise InsufficientFunds(f"{acct.owner} short")
        time.sleep(0.001)
        acct.balance -= amount
failures = 0
guard = threading.Lock()
def client(acct, amount):
    global failures
    try:
        withdraw(acct, amount)
    except InsufficientFunds:
        with guard:
            failures += 1
alice = Account("alice", 100)
ts = [threading.Thread(target=client, args=(alice, 60)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(alice.balance, failures)
