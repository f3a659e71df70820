"""Random zero-delay asyncio program (seed 3636, number 6)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    await q.put("a0")
    log.append("a0!")
    async with lock:
        log.append("a1+")
        await asyncio.sleep(0)
        log.append("a1-")
    ev.set()
    log.append("a2*")
    await q.put("a3")
    log.append("a3!")


async def b(q, ev, lock):
    global counter
    log.append("b0")
    await asyncio.sleep(0)
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b1=" + str(counter))
    async with lock:
        log.append("b2+")
        await asyncio.sleep(0)
        log.append("b2-")


async def c(q, ev, lock):
    async with lock:
        log.append("c0+")
        await asyncio.sleep(0)
        log.append("c0-")
    log.append("c1")
    await asyncio.sleep(0)
    log.append("c2")
    await asyncio.sleep(0)


async def d(q, ev, lock):
    ev.set()
    log.append("d0*")
    item = await q.get()
    log.append("d1<" + item)


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock)), asyncio.create_task(d(q, ev, lock))]
    await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
