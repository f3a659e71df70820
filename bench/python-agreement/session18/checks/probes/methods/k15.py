import threading

items = [3, 1, 2]
r = -1


def worker():
    items.extend(n * 2 for n in range(2))


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(items)
