"""Insertion order of a dict after a delete and a re-insert, walked by the main thread."""
import threading

sessions = {}
lock = threading.Lock()
order = []


def login(uid):
    with lock:
        sessions[uid] = 1


def logout(uid):
    with lock:
        del sessions[uid]


if __name__ == "__main__":
    for uid in (10, 20, 30):
        login(uid)
    t = threading.Thread(target=logout, args=(20,))
    t.start()
    t.join()
    u = threading.Thread(target=login, args=(20,))
    u.start()
    u.join()
    for uid in sessions:
        order.append(uid)
