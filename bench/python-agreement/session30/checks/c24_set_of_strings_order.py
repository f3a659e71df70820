import threading

order = []
lock = threading.Lock()
names = {"alpha", "beta", "gamma"}


def work(name):
    with lock:
        order.append(name)


for name in names:
    t = threading.Thread(target=work, args=(name,))
    t.start()
    t.join()
first = order[0]
print(order)
