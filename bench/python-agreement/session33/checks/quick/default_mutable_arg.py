import threading
out = []
def add(x, acc=[]):
    acc.append(x)
    return len(acc)
def worker():
    out.append(add(1))
    out.append(add(2))
t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
