"""Four threads each wait 50 ms on I/O (a sleep): the makespan is about 50 ms, not 200."""
import threading
import time

done = []


def io_task(name):
    time.sleep(0.05)
    done.append(name)


threads = [threading.Thread(target=io_task, args=(f"t{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(done)
print(count)
