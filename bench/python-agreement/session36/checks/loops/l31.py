"""Random zero-delay asyncio program (seed 3636, number 31)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    log.append("a0")
    await asyncio.sleep(0)
    log.append("a1")
    await asyncio.sleep(0)
    sub = asyncio.create_task(helper("a2"))
    log.append("a2>")
    await sub


async def b(q, ev, lock):
    await q.put("b0")
    log.append("b0!")
    async with lock:
        log.append("b1+")
        await asyncio.sleep(0)
        log.append("b1-")
    ev.set()
    log.append("b2*")
    log.append("b3")
    await asyncio.sleep(0)


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
