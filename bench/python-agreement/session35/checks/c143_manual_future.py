"""A concurrent.futures.Future made by hand, completed by a thread; main waits on result(timeout)."""
import threading
import time
from concurrent.futures import Future

answers = []


def compute(fut):
    time.sleep(0.002)
    fut.set_result(42)


f = Future()
threading.Thread(target=compute, args=(f,)).start()
answers.append(f.result(timeout=1))
answers.append(f.done())
print(answers)
