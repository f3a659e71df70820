# negative time-outs: Event.wait(-1) does not block (False), Queue.get(timeout=-1) is a ValueError,
# asyncio.sleep(-1) returns at once
import asyncio
import queue
import threading

ev = threading.Event()
q = queue.Queue()
answers = []

got = ev.wait(-1)
answers.append(1 if got else 0)
try:
    item = q.get(timeout=-1)
    answers.append(2)
except ValueError:
    answers.append(3)


async def nap():
    await asyncio.sleep(-1)
    answers.append(4)


asyncio.run(nap())
print(answers)
