# ordered
# asyncio.wait with a timeout returns the unfinished tasks as pending, without cancelling them.
import asyncio

log = []


async def job(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name


async def main():
    fast = asyncio.create_task(job("fast", 0.005))
    slow = asyncio.create_task(job("slow", 0.05))
    done, pending = await asyncio.wait({fast, slow}, timeout=0.02)
    log.append(len(done))
    log.append(len(pending))
    log.append(slow in pending)
    await slow
    log.append(slow.result())


asyncio.run(main())
print(log)
