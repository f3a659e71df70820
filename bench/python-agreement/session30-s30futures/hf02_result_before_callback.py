# BUG: result() returns as soon as the value is set, before the setter's thread has run the callback
"""The main thread reads what the done callback writes right after result() returns: CPython sets the
result and wakes the waiters first, then runs the callbacks in the setter's thread."""
import threading
import time
from concurrent.futures import Future

reply = Future()
logged = 0


def log_reply(fut):
    global logged
    time.sleep(0.005)  # write the reply to a log
    logged = fut.result()


def server():
    reply.set_result(200)


reply.add_done_callback(log_reply)
thread = threading.Thread(target=server)
thread.start()
status = reply.result()
logged_then = logged
print(f"status={status} logged={logged_then}")
thread.join()
assert logged_then == status, f"logged={logged_then}: read before the callback ran"
