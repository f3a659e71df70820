# items.sort(key=..., reverse=True) of a shared list
import threading
items = [3, 1, 2]


def work():
    items.sort(reverse=True)


t = threading.Thread(target=work)
t.start()
t.join()
print(items)
