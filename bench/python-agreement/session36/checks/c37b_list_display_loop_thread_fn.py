import threading

sizes = []


def grow(items):
    items.append(0)


def worker():
    for items in [[1, 2], [3]]:
        grow(items)
        sizes.append(len(items))


t = threading.Thread(target=worker)
t.start()
t.join()
print(sizes)
