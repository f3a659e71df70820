"""Random zero-delay asyncio program (seed 3636, number 7)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    sub = asyncio.create_task(helper("a0"))
    log.append("a0>")
    await sub
    item = await q.get()
    log.append("a1<" + item)


async def b(q, ev, lock):
    global counter
    ev.set()
    log.append("b0*")
    async with lock:
        log.append("b1+")
        await asyncio.sleep(0)
        log.append("b1-")
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("b2=" + str(counter))
    await helper("b3")


async def c(q, ev, lock):
    sub = asyncio.create_task(helper("c0"))
    log.append("c0>")
    await sub
    log.append("c1")
    await asyncio.sleep(0)
    sub = asyncio.create_task(helper("c2"))
    log.append("c2>")
    await sub
    await ev.wait()
    log.append("c3~")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
