# check: a coroutine function as a Thread target only creates a coroutine object; its body never runs
import threading

log = []


async def handler():
    log.append("ran")


t = threading.Thread(target=handler)
t.start()
t.join()
count = len(log)
print(count)
