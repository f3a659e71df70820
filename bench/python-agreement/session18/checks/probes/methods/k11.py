import threading

items = [3, 1, 2]
r = -1


def worker():
    items.reverse()


t = threading.Thread(target=worker)
t.start()
t.join()
r = items[0]
