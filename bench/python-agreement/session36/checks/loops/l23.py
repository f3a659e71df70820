"""Random zero-delay asyncio program (seed 3636, number 23)."""
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
    await ev.wait()
    log.append("a1~")


async def b(q, ev, lock):
    global counter
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b0=" + str(counter))
    ev.set()
    log.append("b1*")
    log.append("b2")
    await asyncio.sleep(0)
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b3=" + str(counter))


async def c(q, ev, lock):
    global counter
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("c0=" + str(counter))
    ev.set()
    log.append("c1*")
    ev.set()
    log.append("c2*")


async def d(q, ev, lock):
    async with lock:
        log.append("d0+")
        await asyncio.sleep(0)
        log.append("d0-")
    log.append("d1")
    await asyncio.sleep(0)


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
