import threading
sem = threading.Semaphore(0)
got = []
def w(n):
    sem.acquire()
    got.append(n)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
sem.release(3)
for t in ts:
    t.join()
print(sorted(got))
