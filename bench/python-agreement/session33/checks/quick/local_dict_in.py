import threading
out = []
def worker():
    seen = {}
    seen['x'] = 1
    out.append('x' in seen)
    out.append(len(seen))
t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
