# CPython 3.11.7 (10 runs): ['missing'] {1: 1, 2: 5} every run
# a KeyError caught and raised again `from e` as a LookupError of the program's, caught by the caller's
# handler: whether it happens depends on whether the stocker ran first
import threading


class MissingItem(LookupError):
    pass


stock = {1: 1}
results = []


def take(name):
    try:
        count = stock[name]
    except KeyError as e:
        raise MissingItem(name) from e
    stock[name] = count - 1


def buyer(name):
    try:
        take(name)
        results.append(name)
    except LookupError:
        results.append("missing")


def stocker():
    stock[2] = 5


threads = [threading.Thread(target=buyer, args=(2,)), threading.Thread(target=stocker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, stock)
