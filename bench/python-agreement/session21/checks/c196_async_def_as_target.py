# BUG: an async def as a thread's target: the thread makes a coroutine and drops it; the body never runs
import threading

log = []


async def refresh():
    log.append("refreshed")


t = threading.Thread(target=refresh)
t.start()
t.join()
print(log)
