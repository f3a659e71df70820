"""A Future made by hand: a thread sets its result, the main thread waits in result(); a callback
added while the future is pending runs in the setter's thread."""
import threading
import time
from concurrent.futures import Future

answer = Future()
seen = []


def on_done(fut):
    seen.append(fut.result() + 1)


def producer():
    time.sleep(0.01)
    answer.set_result(41)


answer.add_done_callback(on_done)
worker = threading.Thread(target=producer)
worker.start()
value = answer.result()
worker.join()
print(f"value={value} seen={seen} done={answer.done()}")
assert value == 41 and seen == [42]
