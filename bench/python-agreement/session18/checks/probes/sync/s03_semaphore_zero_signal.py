import threading

ready = threading.Semaphore(0)
log = []

def waiter(name):
    ready.acquire()
    log.append(name)

def signaller():
    log.append("signal")
    ready.release()
    ready.release()

ts = [threading.Thread(target=waiter, args=(n,)) for n in ("w1", "w2")]
ts.append(threading.Thread(target=signaller))
for t in ts:
    t.start()
for t in ts:
    t.join()
first = log[0]
count = len(log)
