# variant of timing/tm06_deadline_loop.py: the smallest edit past its refusal
import threading
import time


def heartbeat(stop, beats):
    while not stop.wait(0.02):
        beats.append(1)


def render_frame(n):
    s = 0
    for i in range(n):
        s += i % 7
    return s


stop = threading.Event()
beats = []
hb = threading.Thread(target=heartbeat, args=(stop, beats))
hb.start()
time.sleep(0.03)
frame = render_frame(150000)  # weft: cpu 30ms
time.sleep(0.02)
stop.set()
hb.join()
print("frame", frame > 0, "beats", len(beats) >= 2)
