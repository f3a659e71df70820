# check: plain Python work with no annotation takes real time: the main thread reads before the
# worker's long loop is over
import threading
import time

results = []


def crunch():
    s = 0
    for i in range(300000):
        s += i
    results.append(s)


t = threading.Thread(target=crunch)
t.start()
time.sleep(0.01)
seen_early = len(results)
t.join()
print(seen_early, len(results))
