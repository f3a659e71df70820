"""Locals given a default and maybe overwritten at run time: a string, None, a bool and an int."""
import threading

jobs = [3, 8]
lock = threading.Lock()
report = {}


def scan():
    status = "idle"
    winner = None
    found = False
    best = -1
    with lock:
        if jobs:
            job = jobs.pop()
            if job > 5:
                status = "busy"
                found = True
                best = job
            else:
                winner = "small"
    report["status"] = status
    report["winner"] = winner
    report["found"] = int(found)
    report["best"] = best


if __name__ == "__main__":
    t = threading.Thread(target=scan)
    t.start()
    t.join()
    u = threading.Thread(target=scan)
    u.start()
    u.join()
