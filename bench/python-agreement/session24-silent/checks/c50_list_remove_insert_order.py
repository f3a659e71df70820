import threading

items = [5, 3, 5, 1]
log = []


def work():
    items.remove(5)
    items.insert(0, 9)
    items.insert(-1, 7)
    log.append(items.index(5))


t = threading.Thread(target=work)
t.start()
t.join()
print(items, log)
