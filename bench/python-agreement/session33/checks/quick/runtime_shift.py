import threading
out = {'n': 1}
def f():
    out['s'] = out['n'] << 65
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
