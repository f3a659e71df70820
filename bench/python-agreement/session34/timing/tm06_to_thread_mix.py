# asyncio.to_thread runs two blocking 40ms sleeps while the loop runs a 30ms async sleep: about 40ms.
import asyncio
import time

done = []


def blocking_read(name):
    time.sleep(0.04)
    done.append(name)
    return name


async def main():
    await asyncio.gather(
        asyncio.to_thread(blocking_read, "disk"),
        asyncio.to_thread(blocking_read, "net"),
        asyncio.sleep(0.03),
    )
    print(sorted(done))


asyncio.run(main())
