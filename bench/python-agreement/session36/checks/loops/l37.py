"""Random zero-delay asyncio program (seed 3636, number 37)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    item = await q.get()
    log.append("a0<" + item)
    await helper("a1")


async def b(q, ev, lock):
    global counter
    sub = asyncio.create_task(helper("b0"))
    log.append("b0>")
    await sub
    await q.put("b1")
    log.append("b1!")
    async with lock:
        log.append("b2+")
        await asyncio.sleep(0)
        log.append("b2-")
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b3=" + str(counter))


async def c(q, ev, lock):
    log.append("c0")
    await asyncio.sleep(0)
    ev.set()
    log.append("c1*")


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
