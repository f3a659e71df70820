import threading
rl = threading.RLock()
sem = threading.BoundedSemaphore(2)
log = []
def outer(n):
    with rl:
        inner(n)
def inner(n):
    with rl:
        log.append(n)
def limited(n):
    with sem:
        log.append(-n)
try:
    sem.release()
except ValueError as e:
    log.append("too many")
ts = [threading.Thread(target=outer, args=(1,)), threading.Thread(target=limited, args=(2,))]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(log, key=str))
