"""Transfers between two accounts, locks always taken in the same order: no deadlock, total kept."""
import threading

balances = [100, 100]
locks = [threading.Lock(), threading.Lock()]


def transfer(src, dst, amount):
    first, second = min(src, dst), max(src, dst)
    with locks[first]:
        with locks[second]:
            if balances[src] >= amount:
                balances[src] -= amount
                balances[dst] += amount


t1 = threading.Thread(target=transfer, args=(0, 1, 30))
t2 = threading.Thread(target=transfer, args=(1, 0, 50))
t1.start()
t2.start()
t1.join()
t2.join()
assert balances[0] + balances[1] == 200
print(balances)
