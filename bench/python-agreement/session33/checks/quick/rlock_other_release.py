import threading
errors = []
r = threading.RLock()
r.acquire()
def f():
    try:
        r.release()
    except RuntimeError:
        errors.append('not owner')
t = threading.Thread(target=f)
t.start()
t.join()
r.release()
print(errors)
