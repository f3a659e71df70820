"""Random zero-delay asyncio program (seed 3636, number 3)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    await helper("a0")
    async with lock:
        log.append("a1+")
        await asyncio.sleep(0)
        log.append("a1-")
    await q.put("a2")
    log.append("a2!")
    log.append("a3")
    await asyncio.sleep(0)


async def b(q, ev, lock):
    await helper("b0")
    log.append("b1")
    await asyncio.sleep(0)
    async with lock:
        log.append("b2+")
        await asyncio.sleep(0)
        log.append("b2-")
    await q.put("b3")
    log.append("b3!")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock))]
    await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
