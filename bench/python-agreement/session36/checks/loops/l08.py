"""Random zero-delay asyncio program (seed 3636, number 8)."""
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
    await ev.wait()
    log.append("a1~")


async def b(q, ev, lock):
    await helper("b0")
    await ev.wait()
    log.append("b1~")
    await ev.wait()
    log.append("b2~")
    sub = asyncio.create_task(helper("b3"))
    log.append("b3>")
    await sub


async def c(q, ev, lock):
    log.append("c0")
    await asyncio.sleep(0)
    async with lock:
        log.append("c1+")
        await asyncio.sleep(0)
        log.append("c1-")
    log.append("c2")
    await asyncio.sleep(0)
    log.append("c3")
    await asyncio.sleep(0)


async def d(q, ev, lock):
    await q.put("d0")
    log.append("d0!")
    await ev.wait()
    log.append("d1~")
    async with lock:
        log.append("d2+")
        await asyncio.sleep(0)
        log.append("d2-")
    async with lock:
        log.append("d3+")
        await asyncio.sleep(0)
        log.append("d3-")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(a(q, ev, lock)), asyncio.create_task(b(q, ev, lock)), asyncio.create_task(c(q, ev, lock)), asyncio.create_task(d(q, ev, lock))]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    log.append("left=" + str(q.qsize()))


asyncio.run(main())
print(log)
