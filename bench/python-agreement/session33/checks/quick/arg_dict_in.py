import threading
out = []
cfg = {'a': 1}
def f(d):
    out.append('a' in d)
    out.append(len(d))
t = threading.Thread(target=f, args=(cfg,))
t.start()
t.join()
print(out)
