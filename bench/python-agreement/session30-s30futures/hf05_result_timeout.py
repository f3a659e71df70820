"""result(timeout=...) of a hand-made Future: the first wait gives up before the slow setter has set it
(TimeoutError, CPython's concurrent.futures.TimeoutError is the builtin), the second gets the value."""
import threading
import time
from concurrent.futures import Future

reply = Future()
timeouts = 0


def slow_server():
    time.sleep(0.05)
    reply.set_result("pong")


server = threading.Thread(target=slow_server)
server.start()
try:
    answer = reply.result(timeout=0.01)
except TimeoutError:
    timeouts += 1
    answer = reply.result(1)
server.join()
print(f"answer={answer} timeouts={timeouts} error={reply.exception(timeout=0)}")
assert answer == "pong" and timeouts == 1
