# no bug: processes increment a shared Value while holding its lock
from multiprocessing import Process, Value


def deposit(balance, amount, times):
    for _ in range(times):
        with balance.get_lock():
            balance.value += amount


final_balance = 0

if __name__ == "__main__":
    balance = Value("i", 0)
    ps = [Process(target=deposit, args=(balance, 5, 100)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    final_balance = balance.value
    assert final_balance == 1500
