import threading
log = []
l = threading.Lock()
l.acquire()
def f():
    l.release()
    log.append('released by other')
t = threading.Thread(target=f)
t.start()
t.join()
log.append(l.locked())
print(log)
