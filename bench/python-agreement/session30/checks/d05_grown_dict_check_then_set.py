import threading
import time

sessions = {"admin": 1}
created = 0


def login(user):
    global created
    if user not in sessions:
        time.sleep(0.001)
        sessions[user] = len(sessions) + 1
        created += 1


threads = [threading.Thread(target=login, args=("bob",)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(sessions)
print(created, size, sessions["bob"])
