# Accounts made by a loop in main, each with its own lock; threads deposit under the account's lock.
import threading
from dataclasses import dataclass, field


@dataclass
class Account:
    name: str
    balance: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


accounts = {}


def deposit(name, amount, times):
    account = accounts[name]
    for _ in range(times):
        with account.lock:
            account.balance += amount


def main():
    for name in ("ann", "bob"):
        accounts[name] = Account(name)
    threads = [threading.Thread(target=deposit, args=(n, a, 3)) for n, a in (("ann", 5), ("bob", 7), ("ann", 1))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print({n: a.balance for n, a in accounts.items()})


balances = []


if __name__ == "__main__":
    main()
    balances = [accounts["ann"].balance, accounts["bob"].balance]
