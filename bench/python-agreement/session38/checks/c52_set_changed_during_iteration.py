# A thread iterates a shared set while another adds to it: RuntimeError("Set changed size during iteration").
import threading
import time

online = {1, 2}
log = []


def scan():
    try:
        count = 0
        for user in online:
            time.sleep(0.001)
            count += user
        log.append(count)
    except RuntimeError:
        log.append("set changed")


def join_users():
    for user in [3, 4, 5]:
        online.add(user)
        time.sleep(0.0005)


threads = [threading.Thread(target=scan), threading.Thread(target=join_users)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
