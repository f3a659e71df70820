import threading

lock = threading.Lock()
log = []

def failing():
    try:
        with lock:
            log.append("a")
            raise RuntimeError()
    except RuntimeError:
        log.append("a caught")

def other():
    with lock:
        log.append("b")

t1 = threading.Thread(target=failing)
t1.start()
t1.join()
t2 = threading.Thread(target=other)
t2.start()
t2.join()
