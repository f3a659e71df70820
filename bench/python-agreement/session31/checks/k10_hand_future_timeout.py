# result(timeout=) of a hand-made Future against a setter that sleeps longer
import threading
import time
from concurrent.futures import Future

fut = Future()
outcome = ""
late = 0


def slow_setter():
    global late
    time.sleep(0.05)
    fut.set_result(1)
    late = 1


t = threading.Thread(target=slow_setter)
t.start()
try:
    fut.result(timeout=0.01)
    outcome = "value"
except TimeoutError:
    outcome = "timeout"
t.join()
print(outcome, late, fut.done())
