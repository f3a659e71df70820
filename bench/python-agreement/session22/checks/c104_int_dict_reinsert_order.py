import threading

d = {}
order = []


def worker():
    for k in (5, 1, 3):
        d[k] = k * 10
    v = d.pop(5)
    d[5] = v + 1
    del d[1]
    d[1] = 7
    for k in d:
        order.append(k)


t = threading.Thread(target=worker)
t.start()
t.join()
print(order, d)
