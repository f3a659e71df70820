# sorted(items, key=score) where score counts its calls in a module global.
import threading

calls = 0
ranked = []


def score(x):
    global calls
    calls += 1
    return -x


def work():
    ranked.extend(sorted([3, 1, 2], key=score))


t = threading.Thread(target=work)
t.start()
t.join()
print(calls, ranked)
