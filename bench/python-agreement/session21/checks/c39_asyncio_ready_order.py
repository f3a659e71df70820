# tasks run in the order they were created, before main resumes from sleep(0)
import asyncio

log = []


async def job(name):
    log.append(name + "1")
    await asyncio.sleep(0)
    log.append(name + "2")


async def main():
    a = asyncio.create_task(job("a"))
    b = asyncio.create_task(job("b"))
    log.append("m1")
    await asyncio.sleep(0)
    log.append("m2")
    await a
    await b
    log.append("m3")


asyncio.run(main())
print(log)
