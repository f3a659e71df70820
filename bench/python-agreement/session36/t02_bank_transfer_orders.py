# BUG: deadlock: two transfers lock the two accounts in opposite orders (A then B, B then A)
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Account:
    name: str
    balance: int
    lock: threading.Lock = field(default_factory=threading.Lock)


checking = Account("checking", 100)
savings = Account("savings", 50)
transfers_done = 0
log = []


def transfer(source, target, amount):
    global transfers_done
    with source.lock:
        time.sleep(0.001)  # look up the exchange rate while holding the first lock
        with target.lock:
            if source.balance >= amount:
                source.balance -= amount
                target.balance += amount
                log.append(f"{source.name}->{target.name}:{amount}")
            transfers_done += 1


t1 = threading.Thread(target=transfer, args=(checking, savings, 30))
t2 = threading.Thread(target=transfer, args=(savings, checking, 20))
t1.start()
t2.start()
t1.join()
t2.join()

total = checking.balance + savings.balance
checking_balance = checking.balance
savings_balance = savings.balance
print(f"checking={checking_balance} savings={savings_balance} total={total} done={transfers_done} log={sorted(log)}")
