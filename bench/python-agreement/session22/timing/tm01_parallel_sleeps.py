# timing: three threads sleep 40, 60 and 80 ms at once; the makespan is the longest, about 80 ms
import threading
import time


def io_call(seconds, out):
    time.sleep(seconds)
    out.append(seconds)


out = []
threads = [threading.Thread(target=io_call, args=(s, out)) for s in (0.04, 0.06, 0.08)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
