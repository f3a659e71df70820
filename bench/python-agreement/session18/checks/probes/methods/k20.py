import threading

items = [3, 1, 2]
r = -1


def worker():
    items.append(items.pop(0))


t = threading.Thread(target=worker)
t.start()
t.join()
r = items[0]
