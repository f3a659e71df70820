import threading
log = []
def w(n):
    log.append(f"{n:.1%}")
t = threading.Thread(target=w, args=(1,))
t.start()
t.join()
