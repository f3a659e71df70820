# items.reverse() and items *= 2 on a shared list
import threading
items = [1, 2, 3]


def work():
    items.reverse()
    items *= 2


t = threading.Thread(target=work)
t.start()
t.join()
print(items)
