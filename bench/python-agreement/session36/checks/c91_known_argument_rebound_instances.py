"""A known argument rebound before a lookup among instances: the other account's name is recorded."""
import threading


class Account:
    def __init__(self, name):
        self.name = name
        self.hits = 0


accounts = [Account("a"), Account("b")]


def other_account(index):
    index += 1
    index %= 2
    return accounts[index]


def worker(worker_id):
    other_account(worker_id).hits += worker_id + 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
hits = [acc.hits for acc in accounts]
print(hits)
