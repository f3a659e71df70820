import asyncio

log = []


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon1")
    loop.call_later(0.001, log.append, "later")
    loop.call_soon(log.append, "soon2")
    log.append("main")
    await asyncio.sleep(0.005)


asyncio.run(main())
print(log)  # ordered
