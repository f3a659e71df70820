"""Random zero-delay asyncio program (seed 3636, number 18)."""
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
    async with lock:
        log.append("a1+")
        await asyncio.sleep(0)
        log.append("a1-")


async def b(q, ev, lock):
    log.append("b0")
    await asyncio.sleep(0)
    sub = asyncio.create_task(helper("b1"))
    log.append("b1>")
    await sub


async def c(q, ev, lock):
    await q.put("c0")
    log.append("c0!")
    ev.set()
    log.append("c1*")
    await ev.wait()
    log.append("c2~")


async def d(q, ev, lock):
    await helper("d0")
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
