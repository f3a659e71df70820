import asyncio

started = {"n": 0}
log = []


async def job():
    started["n"] += 1
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.wait_for(job(), timeout=0.001)
    except asyncio.TimeoutError:
        log.append("timeout")
    log.append(started["n"])
    assert started["n"] == 1, "the job never started"


asyncio.run(main())
print(log)  # ordered
