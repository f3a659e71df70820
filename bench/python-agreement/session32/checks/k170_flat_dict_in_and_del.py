# `in` and `del` with run-time keys on a module dict with string keys, two threads racing.
import threading

sessions = {"s1": 1, "s2": 2}
removed = []
lock = threading.Lock()


def logout(sid):
    if sid in sessions:
        del sessions[sid]
        with lock:
            removed.append(sid)


ts = [threading.Thread(target=logout, args=("s1",)), threading.Thread(target=logout, args=("s1",))]
for t in ts:
    t.start()
for t in ts:
    t.join()
n = len(removed)
print(n, sorted(sessions))
