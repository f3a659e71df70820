"""One `wait_for(q.get(), 0.003)` against a producer that puts one item at 2 ms and a second at 4 ms,
then a second wait_for of 0.003 s. CPython 3.11: `2 0 1` on a quiet machine (both items got); on this
loaded one mostly `1 1 1`: the loop's first pass stalls past both timers (the put came at 16-74 ms), and
the first wait_for times out with the item put in the same pass, which the second then gets. Whatever
the timing, no item is lost: got + q.qsize() == 2 (`conserved`)."""
import asyncio

got = 0
timeouts = 0
conserved = 0


async def producer(q):
    await asyncio.sleep(0.002)
    q.put_nowait(1)
    await asyncio.sleep(0.002)
    q.put_nowait(2)


async def consumer(q):
    global got, timeouts
    for wait_s in (0.003, 0.003):
        try:
            await asyncio.wait_for(q.get(), timeout=wait_s)
            got += 1
        except asyncio.TimeoutError:
            timeouts += 1


async def main():
    global conserved
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    conserved = 1 if got + q.qsize() == 2 else 0


asyncio.run(main())
print(got, timeouts, conserved)
