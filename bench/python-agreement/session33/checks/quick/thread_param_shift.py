import threading
out = {}
def f(a):
    out['s'] = a << 65
t = threading.Thread(target=f, args=(1,))
t.start()
t.join()
print(out)
