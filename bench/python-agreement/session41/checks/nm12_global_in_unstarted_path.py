# check: a global bound only by a function that is never called; main reads it (NameError)
import threading

counts = {"n": 0}


def init_cache():
    global cache_size
    cache_size = 64


def work():
    counts["n"] += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(cache_size)
