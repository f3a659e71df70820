# no bug: `except LookupError` catches the KeyError of a missing dict key and the IndexError of a short list
import threading

prices = {1: 10}
history = [5]
misses = 0
lock = threading.Lock()


def look(key):
    global misses
    try:
        total = prices[key] + history[key]
    except LookupError:
        with lock:
            misses += 1


ts = [threading.Thread(target=look, args=(k,)) for k in (1, 2, 0)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(misses)
