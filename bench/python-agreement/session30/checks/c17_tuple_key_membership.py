import queue
import threading

seen = {}
dupes = 0
jobs = queue.Queue()
for job in (("a", 1), ("b", 2), ("a", 1)):
    jobs.put(job)


def worker():
    global dupes
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        if job in seen:
            dupes += 1
        else:
            seen[job] = 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(dupes, len(seen))
