import threading

sessions = {1: 10}
closed = 0
missing = 0


def close(user):
    global closed, missing
    try:
        sessions.pop(user)
        closed += 1
    except KeyError:
        missing += 1


ts = [threading.Thread(target=close, args=(1,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
