import queue
import threading
import time

uploads = queue.Queue(maxsize=2)
stats = {"queued": 0, "dropped": 0, "uploaded": 0}
stats_lock = threading.Lock()


def camera(frames):
    for frame in frames:
        try:
            uploads.put(frame, timeout=0.01)
            with stats_lock:
                stats["queued"] += 1
        except queue.Full:
            with stats_lock:
                stats["dropped"] += 1
    uploads.put("EOF")


def uploader():
    while True:
        try:
            frame = uploads.get(timeout=0.5)
        except queue.Empty:
            break
        if frame == "EOF":
            break
        time.sleep(0.001)
        with stats_lock:
            stats["uploaded"] += 1


cam = threading.Thread(target=camera, args=([f"frame{i}" for i in range(4)],))
up = threading.Thread(target=uploader)
cam.start()
up.start()
cam.join()
up.join()
print(stats, "sum ok", stats["queued"] + stats["dropped"] == 4, stats["uploaded"] == stats["queued"])
