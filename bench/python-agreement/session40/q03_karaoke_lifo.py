# Karaoke: two hosts pop the newest song request from a LifoQueue after checking empty(). Bug: check-then-act (empty() then get_nowait() can raise Empty when the other host took the last song).
import queue
import threading
import time

requests = queue.LifoQueue()
for song in [101, 102, 103]:
    requests.put(song)
played = []
errors = 0
lock = threading.Lock()


def host(name):
    global errors
    while not requests.empty():
        time.sleep(0.001)  # look up the lyrics
        try:
            song = requests.get_nowait()
        except queue.Empty:
            with lock:
                errors += 1
            return
        with lock:
            played.append(song)


hosts = [threading.Thread(target=host, args=(h,)) for h in ("rio", "sam")]
for h in hosts:
    h.start()
for h in hosts:
    h.join()

played.sort()
print(f"played={played} errors={errors}")
