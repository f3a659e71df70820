"""Random zero-delay asyncio program (seed 3636, number 26)."""
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


async def b(q, ev, lock):
    await q.put("b0")
    log.append("b0!")
    log.append("b1")
    await asyncio.sleep(0)
    await q.put("b2")
    log.append("b2!")


async def c(q, ev, lock):
    sub = asyncio.create_task(helper("c0"))
    log.append("c0>")
    await sub
    sub = asyncio.create_task(helper("c1"))
    log.append("c1>")
    await sub


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock))]
    await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
