import threading

cond = threading.Condition(threading.RLock())
items = []
log = []


def add(x):
    with cond:
        items.append(x)
        cond.notify()


def add_two(x):
    with cond:
        add(x)
        add(x + 1)


def taker():
    with cond:
        while len(items) < 2:
            cond.wait()
        log.append(items[0] + items[1])


threads = [threading.Thread(target=taker), threading.Thread(target=add_two, args=(10,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
