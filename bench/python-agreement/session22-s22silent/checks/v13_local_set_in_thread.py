import threading

order = []


def worker():
    local = set()
    for n in (9, 3, 5):
        local.add(n)
    for x in local:
        order.append(x)


t = threading.Thread(target=worker)
t.start()
t.join()
