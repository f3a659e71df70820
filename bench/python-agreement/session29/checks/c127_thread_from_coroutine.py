import asyncio
import threading
import time

log = []


def side_job():
    time.sleep(0.002)
    log.append(2)


async def main():
    t = threading.Thread(target=side_job)
    t.start()
    await asyncio.sleep(0.005)
    log.append(1)
    t.join()


asyncio.run(main())
print(log)
