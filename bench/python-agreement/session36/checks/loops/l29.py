"""Random zero-delay asyncio program (seed 3636, number 29)."""
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
    log.append("a1")
    await asyncio.sleep(0)
    async with lock:
        log.append("a2+")
        await asyncio.sleep(0)
        log.append("a2-")
    await ev.wait()
    log.append("a3~")


async def b(q, ev, lock):
    async with lock:
        log.append("b0+")
        await asyncio.sleep(0)
        log.append("b0-")
    await ev.wait()
    log.append("b1~")
    await ev.wait()
    log.append("b2~")


async def c(q, ev, lock):
    await ev.wait()
    log.append("c0~")
    log.append("c1")
    await asyncio.sleep(0)
    await helper("c2")


async def d(q, ev, lock):
    ev.set()
    log.append("d0*")
    log.append("d1")
    await asyncio.sleep(0)
    log.append("d2")
    await asyncio.sleep(0)
    await helper("d3")


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
