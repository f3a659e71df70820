"""A poll loop bounded by a time.monotonic() deadline; elapsed time rounded to 10 ms."""
import threading
import time

polls = 0
elapsed_cs = 0
ready = threading.Event()


def setter() -> None:
    time.sleep(0.2)
    ready.set()


def poll_until(deadline_s: float) -> None:
    global polls, elapsed_cs
    start = time.monotonic()
    deadline = start + deadline_s
    while time.monotonic() < deadline and not ready.is_set():
        polls += 1
        time.sleep(0.01)
    elapsed_cs = round((time.monotonic() - start) * 100)


s = threading.Thread(target=setter, daemon=True)
s.start()
p = threading.Thread(target=poll_until, args=(0.045,))
p.start()
p.join()
print(polls, elapsed_cs)
