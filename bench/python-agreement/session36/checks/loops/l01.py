"""Random zero-delay asyncio program (seed 3636, number 1)."""
import asyncio

log = []
counter = 0


async def helper(label):
    log.append(label)
    await asyncio.sleep(0)
    log.append(label + "'")

async def a(q, ev, lock):
    await helper("a0")
    sub = asyncio.create_task(helper("a1"))
    log.append("a1>")
    await sub


async def b(q, ev, lock):
    item = await q.get()
    log.append("b0<" + item)
    async with lock:
        log.append("b1+")
        await asyncio.sleep(0)
        log.append("b1-")


async def c(q, ev, lock):
    log.append("c0")
    await asyncio.sleep(0)
    log.append("c1")
    await asyncio.sleep(0)


async def d(q, ev, lock):
    async with lock:
        log.append("d0+")
        await asyncio.sleep(0)
        log.append("d0-")
    await ev.wait()
    log.append("d1~")
    log.append("d2")
    await asyncio.sleep(0)


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock)), asyncio.create_task(d(q, ev, lock))]
    await asyncio.sleep(0)
    await q.put("main")
    ev.set()
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
