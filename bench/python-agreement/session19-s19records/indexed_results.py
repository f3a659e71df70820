# A global assigned a list a coroutine returns (asyncio.run) and a tuple a thread put on a queue, then
# indexed and unpacked by the module's code.
# CPython 3.11.7 (agree.py, 10 runs): first=2 second=4 label='c' number=3 text='c' in 10 of 10; weft: 1 outcome
# (4 schedules), complete within its time window.
import asyncio
import queue
import threading

q = queue.Queue()


async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 2


async def main():
    a = await fetch(1)
    b = await fetch(2)
    return [a, b]


def producer():
    q.put((3, "c"))


names = asyncio.run(main())
t = threading.Thread(target=producer)
t.start()
pair = q.get()
t.join()
first = names[0]
second = names[1]
label = pair[1]
number, text = pair
print(first, second, label, number, text)
