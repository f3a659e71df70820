import threading
out = []
def f(items):
    out.append(2 in items)
    out.append(len(items))
t = threading.Thread(target=f, args=([1, 2],))
t.start()
t.join()
print(out)
