"""wait_for(q.get(), 0.003) in a loop; the producer puts 3 items 0.002 s apart."""
import asyncio

received = 0
timeouts = 0
conserved = 0


async def producer(q):
    for n in range(3):
        await asyncio.sleep(0.002)
        q.put_nowait(n)


async def consumer(q):
    global received, timeouts
    for _ in range(40):
        if received == 3:
            break
        try:
            await asyncio.wait_for(q.get(), timeout=0.003)
            received += 1
        except asyncio.TimeoutError:
            timeouts += 1


async def main():
    global conserved
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
    conserved = 1 if received + q.qsize() == 3 else 0


asyncio.run(main())
print(received, conserved)
