# list.insert past the end appends; a negative index inserts before that item
import threading

items = [1, 2, 3]
lock = threading.Lock()


def worker():
    with lock:
        items.insert(100, 9)
        items.insert(-1, 7)
        items.insert(-100, 0)


t = threading.Thread(target=worker)
t.start()
t.join()
print(items)
