# bug: the worker forgot `global`, so `hits += 1` reads an unbound local: UnboundLocalError in the thread
import threading

hits = 0


def worker():
    hits += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(hits)
