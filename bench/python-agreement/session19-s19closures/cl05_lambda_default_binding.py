# Lambdas with a default bind i early: each thread records its own i.
# CPython 3.11.7 (agree.py, 10 runs): ok len(seen)=3 seen[0]=0 seen[1]=1 seen[2]=2 (10 of 10). weft explore: 6 outcome(s), complete, CPython's among them.
import threading

seen = []
lock = threading.Lock()


def record(i):
    with lock:
        seen.append(i)


callbacks = [lambda i=i: record(i) for i in range(3)]
threads = [threading.Thread(target=cb) for cb in callbacks]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
