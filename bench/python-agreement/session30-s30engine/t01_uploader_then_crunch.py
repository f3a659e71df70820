"""Start an uploader thread that blocks at once (a 40 ms sleep standing for a network call), then crunch
25 ms of CPU in the starting thread. CPython's Thread.start() returns only once the uploader runs, so
its sleep begins before the crunch: about 40 ms in all, not 40 ms after the crunch's first switch."""
import threading
import time


def burn(seconds):
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


uploaded = 0


def upload():
    global uploaded
    time.sleep(0.04)
    uploaded = 1


t = threading.Thread(target=upload)
t.start()
burn(0.025)  # weft: cpu 25ms
t.join()
print(uploaded)
