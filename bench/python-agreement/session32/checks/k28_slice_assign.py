# slice assignment and del of a slice on a shared list
import threading
items = [1, 2, 3, 4]


def work():
    items[1:3] = [9]
    del items[0]


t = threading.Thread(target=work)
t.start()
t.join()
print(items)
