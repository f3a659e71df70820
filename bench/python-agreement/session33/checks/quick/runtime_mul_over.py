import threading
out = {'n': 3037000500}
def f():
    out['s'] = out['n'] * out['n']
t = threading.Thread(target=f)
t.start()
t.join()
print(out)
