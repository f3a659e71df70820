# check: a KeyError uncaught in the main code after the threads finished: status fault
import threading

totals = {"a": 0}


def add(key):
    totals[key] = totals.get(key, 0) + 1


threads = [threading.Thread(target=add, args=(k,)) for k in ["a", "b"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals["c"])
