# set.pop() of a set of strings takes an arbitrary member (hash order).
import threading

pending = {"alpha", "beta", "gamma"}
first = ""


def take():
    global first
    first = pending.pop()


th = threading.Thread(target=take)
th.start()
th.join()
print(first)
