# bisect.insort of a shared list in a thread
import threading
import bisect

items = [1, 5, 9]


def work():
    bisect.insort(items, 4)


t = threading.Thread(target=work)
t.start()
t.join()
print(items)
