import threading
ready = threading.Semaphore(0)
value = 0
def producer():
    global value
    value = 42
    ready.release()
def consumer():
    ready.acquire()
    print(value)
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); c.join(); p.join()
