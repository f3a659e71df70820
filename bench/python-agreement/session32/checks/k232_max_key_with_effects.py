# max(items, key=weigh) where weigh appends to a log, as a statement.
import threading

log = []


def weigh(x):
    log.append(x)
    return x % 3


def work():
    max([4, 5, 6], key=weigh)


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
