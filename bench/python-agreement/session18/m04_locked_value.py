# Processes add to a shared Value under its own lock (get_lock), so no update is lost.
from multiprocessing import Process, Value

AMOUNTS = [5, 10, 20]

total = 0


def deposit(account, amount):
    for _ in range(3):
        with account.get_lock():
            account.value += amount


if __name__ == "__main__":
    account = Value("i", 0)
    procs = [Process(target=deposit, args=(account, a)) for a in AMOUNTS]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = account.value
    assert total == 3 * sum(AMOUNTS)
