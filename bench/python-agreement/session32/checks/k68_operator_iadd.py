# operator.iadd on a list and operator.delitem on a dict.
import operator
import threading

items = [1]
d = {"x": 1, "y": 2}


def work():
    operator.iadd(items, [2])
    operator.delitem(d, "x")


t = threading.Thread(target=work)
t.start()
t.join()
print(items, d)
