# Session table updated by threads with pop, setdefault and a comprehension. No bug.
import threading

sessions = {"u1": 3, "u2": 0, "u3": 7}
lock = threading.Lock()
closed = []


def expire(user):
    with lock:
        left = sessions.pop(user, -1)
        closed.append(f"{user}={left}")


def touch(user):
    with lock:
        sessions.setdefault(user, 0)
        sessions[user] += 1


threads = [threading.Thread(target=expire, args=("u2",)), threading.Thread(target=touch, args=("u4",)),
           threading.Thread(target=expire, args=("u9",)), threading.Thread(target=touch, args=("u1",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
active = {k: v for k, v in sessions.items() if v > 0}
print(sorted(active.items()), sorted(closed))
