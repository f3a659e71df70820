"""Random zero-delay asyncio program (seed 3636, number 9)."""
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
    async with lock:
        log.append("a1+")
        await asyncio.sleep(0)
        log.append("a1-")
    log.append("a2")
    await asyncio.sleep(0)


async def b(q, ev, lock):
    item = await q.get()
    log.append("b0<" + item)
    await ev.wait()
    log.append("b1~")
    sub = asyncio.create_task(helper("b2"))
    log.append("b2>")
    await sub


async def c(q, ev, lock):
    async with lock:
        log.append("c0+")
        await asyncio.sleep(0)
        log.append("c0-")
    log.append("c1")
    await asyncio.sleep(0)
    await helper("c2")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    ev.set()
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
