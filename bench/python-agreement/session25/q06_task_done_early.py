# BUG: order violation: task_done() is called before the result is stored, so join() can return too early
import queue
import threading
import time

requests = queue.Queue()
responses = {}


def server():
    while True:
        req = requests.get()
        requests.task_done()
        if req is None:
            break
        time.sleep(0.001)
        responses[req] = f"reply to {req}"


t = threading.Thread(target=server)
t.start()
for name in ("ping", "status"):
    requests.put(name)
requests.join()
snapshot = dict(responses)
requests.put(None)
t.join()

print("at join:", sorted(snapshot))
assert len(snapshot) == 2, "join returned before every response was stored"
