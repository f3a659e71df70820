# Lock ordering by `sorted([a, b])` of two indexes known only at run time (taken off a queue): transfers
# between accounts in opposite directions take the two locks in the same order, so no deadlock, and
# every transfer keeps the total.
import queue
import threading

balances = [100, 50, 0]
locks = [threading.Lock(), threading.Lock(), threading.Lock()]
moves = queue.Queue()


def teller():
    source, target, amount = moves.get()
    first, second = sorted([source, target])
    with locks[first]:
        with locks[second]:
            if balances[source] >= amount:
                balances[source] -= amount
                balances[target] += amount


for move in [(0, 1, 30), (1, 0, 60), (2, 0, 10)]:
    moves.put(move)
threads = [threading.Thread(target=teller) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = sum(balances)
print(balances, total)
