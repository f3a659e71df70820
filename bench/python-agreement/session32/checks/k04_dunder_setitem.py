# items.__setitem__ and d.__setitem__ in a thread.
import threading

items = [0, 0]
d = {"k": 1}


def work():
    items.__setitem__(1, 5)
    d.__setitem__("k", 9)


t = threading.Thread(target=work)
t.start()
t.join()
print(items, d)
