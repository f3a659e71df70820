"""A thread polls a flag until a monotonic deadline (40 ms); the flag is set after 0.01s."""
import threading
import time

flag = [0]
result = []


def setter():
    time.sleep(0.01)
    flag[0] = 1


def poller():
    deadline = time.monotonic() + 0.04
    while time.monotonic() < deadline:
        if flag[0]:
            result.append("seen")
            return
        time.sleep(0.002)
    result.append("timed out")


threads = [threading.Thread(target=setter), threading.Thread(target=poller)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(result)
