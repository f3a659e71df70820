# Three threads each wait 40 ms on "the network": the sleeps overlap, so the run takes about 40 ms
import threading
import time

done = []


def download(name, delay):
    time.sleep(delay)
    done.append(name)


threads = [threading.Thread(target=download, args=(f"file{i}", 0.04)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done:", len(done))
