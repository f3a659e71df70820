import threading
out = []
def check(items):
    return 2 in items
def worker():
    batch = [1]
    batch.append(2)
    out.append(check(batch))
    out.append(len(batch))
    a, b = batch
    out.append(a + b)
t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
