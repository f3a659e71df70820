import threading

sessions = {"a": 1, "b": 2, "c": 3}


def expire():
    del sessions["c"]


t = threading.Thread(target=expire)
t.start()
t.join()
left = len(sessions)
print(left)
