import threading

out = []


def collect(x, acc=[]):
    acc.append(x)
    return len(acc)


def worker(x):
    out.append(collect(x))


for x in (5, 6):
    t = threading.Thread(target=worker, args=(x,))
    t.start()
    t.join()
print(out)
