# variant of t09: a literal list of ints as the thread arguments -- no bug: a Semaphore(2) keeps at most two downloads running at once
import threading
import time

slots = threading.Semaphore(2)
stats_lock = threading.Lock()
active = 0
max_active = 0
downloaded = 0


def download(url):
    global active, max_active, downloaded
    with slots:
        with stats_lock:
            active += 1
            max_active = max(max_active, active)
        time.sleep(0.005)
        with stats_lock:
            active -= 1
            downloaded += 1


urls = [0, 1, 2, 3, 4]
threads = [threading.Thread(target=download, args=(u,)) for u in urls]
for t in threads:
    t.start()
for t in threads:
    t.join()

assert max_active <= 2
print(downloaded, max_active)
