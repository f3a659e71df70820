"""taskgroup: the failing job (keyerror) after 0 ms, the other after 0 ms."""
import asyncio

TABLE = {"present": 1}
ZERO = [0]
log = []


async def job(name, delay_ms, fails):
    try:
        await asyncio.sleep(delay_ms / 1000)
        if fails:
            value = TABLE["missing"]
        return name
    finally:
        log.append(f"end {name}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("bad", 0, True))
            tg.create_task(job("good", 0, False))
        log.append("group ok")
    except* Exception as eg:
        log.append(f"group {len(eg.exceptions)}")


asyncio.run(main())
print(sorted(log, key=str))
