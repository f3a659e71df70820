import threading
import time


def download(name, seconds, done):
    time.sleep(seconds)
    done.append(name)


done = []
threads = [
    threading.Thread(target=download, args=("a", 0.05, done)),
    threading.Thread(target=download, args=("b", 0.03, done)),
    threading.Thread(target=download, args=("c", 0.04, done)),
]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
print("finished:", done)
