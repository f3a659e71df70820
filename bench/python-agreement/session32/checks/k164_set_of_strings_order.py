# Iterating a set of strings: the order depends on hash randomization (PYTHONHASHSEED), run to run.
import threading

tags = {"red", "green", "blue"}
order = []


def walk():
    for t in tags:
        order.append(t)


th = threading.Thread(target=walk)
th.start()
th.join()
print(order)
