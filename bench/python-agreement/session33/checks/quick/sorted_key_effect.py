import threading
out = []
def key(v):
    out.append(v)
    return -v
def work():
    r = sorted([1, 2], key=key)
    out.append(r)

t = threading.Thread(target=work)
t.start()
t.join()
print(out)
