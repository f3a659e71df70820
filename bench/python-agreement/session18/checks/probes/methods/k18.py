import threading

items = [3, 1, 2]
r = -1


def worker():
    items += [4]


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(items)
