import asyncio
async def step(name, lock, log):
    async with lock:
        log.append(name + ">")
        await asyncio.sleep(0)
        log.append("<" + name)
async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(step("a", lock, log), step("b", lock, log), step("c", lock, log))
    return log, lock.locked()
print(asyncio.run(main()))
