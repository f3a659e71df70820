import threading
import time

sessions = {"s1": "ann"}
closed = []
errors = []


def logout(sid):
    if sid in sessions:
        time.sleep(0)
        try:
            del sessions[sid]
            closed.append(sid)
        except KeyError:
            errors.append(sid)


threads = [threading.Thread(target=logout, args=("s1",)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sessions, closed, errors)
