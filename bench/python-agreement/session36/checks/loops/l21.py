"""Random zero-delay asyncio program (seed 3636, number 21)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    global counter
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("a0=" + str(counter))
    log.append("a1")
    await asyncio.sleep(0)


async def b(q, ev, lock):
    ev.set()
    log.append("b0*")
    await q.put("b1")
    log.append("b1!")
    ev.set()
    log.append("b2*")
    async with lock:
        log.append("b3+")
        await asyncio.sleep(0)
        log.append("b3-")


async def c(q, ev, lock):
    global counter
    log.append("c0")
    await asyncio.sleep(0)
    log.append("c1")
    await asyncio.sleep(0)
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("c2=" + str(counter))
    item = await q.get()
    log.append("c3<" + item)


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
