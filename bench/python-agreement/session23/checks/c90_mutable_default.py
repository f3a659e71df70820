# check: a mutable default argument is shared between calls (and threads)
import threading

out = []


def remember(x, acc=[]):
    acc.append(x)
    return len(acc)


def work(x):
    out.append(remember(x))


for x in (1, 2, 3):
    t = threading.Thread(target=work, args=(x,))
    t.start()
    t.join()
