"""Random zero-delay asyncio program (seed 3636, number 36)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    global counter
    sub = asyncio.create_task(helper("a0"))
    log.append("a0>")
    await sub
    await q.put("a1")
    log.append("a1!")
    ev.set()
    log.append("a2*")
    seen = counter
    await asyncio.sleep(0)
    counter = seen + 1
    log.append("a3=" + str(counter))


async def b(q, ev, lock):
    log.append("b0")
    await asyncio.sleep(0)
    ev.set()
    log.append("b1*")
    log.append("b2")
    await asyncio.sleep(0)


async def c(q, ev, lock):
    sub = asyncio.create_task(helper("c0"))
    log.append("c0>")
    await sub
    await ev.wait()
    log.append("c1~")
    item = await q.get()
    log.append("c2<" + item)
    async with lock:
        log.append("c3+")
        await asyncio.sleep(0)
        log.append("c3-")


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
