# A coroutine function called from a plain function (no loop, no await): its body never runs.
import threading

log = []


async def record(x):
    log.append(x)


def work():
    record(1)


t = threading.Thread(target=work)
t.start()
t.join()
print(log)
