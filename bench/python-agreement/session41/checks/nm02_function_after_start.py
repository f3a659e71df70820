# check: a helper defined after the thread starts: the thread may call it before the def runs (NameError)
import threading

out = []


def worker():
    out.append(helper(3))


t = threading.Thread(target=worker)
t.start()


def helper(n):
    return n + 1


t.join()
print(out)
