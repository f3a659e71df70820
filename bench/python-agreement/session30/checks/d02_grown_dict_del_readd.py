import threading

prices = {"a": 1, "b": 2, "c": 3}
keys = []


def reprice():
    del prices["a"]
    prices["a"] = 10


def add():
    prices["d"] = 4


threads = [threading.Thread(target=reprice), threading.Thread(target=add)]
for t in threads:
    t.start()
for t in threads:
    t.join()
keys = list(prices)
print(keys, prices)
