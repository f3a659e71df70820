"""A run-time choice among instances: accounts[target].balance += amount, target read from a queue."""
import queue
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance


accounts = [Account(10), Account(20), Account(30)]
orders = queue.Queue()
for order in [(0, 2, 5), (2, 1, 7), (1, 0, 4)]:
    orders.put(order)
orders_done = []


def clerk():
    while True:
        try:
            source, target, amount = orders.get_nowait()
        except queue.Empty:
            return
        accounts[source].balance -= amount
        accounts[target].balance += amount
        orders_done.append(amount)


threads = [threading.Thread(target=clerk) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
balances = [a.balance for a in accounts]
print(balances, sorted(orders_done))
