"""try_finally_return in a job run by taskgroup, failing by op_int."""
import asyncio

TABLE = {"a": 1}
log = []


def fail(key):
    if key == "zz":
        raise KeyError(key)
    return 1


async def job(key):
    try:
        return int("1" if key == "a" else key)
    finally:
        log.append(f"end {key}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a"))
            tg.create_task(job("zz"))
        log.append("group ok")
    except* Exception:
        log.append("group failed")


asyncio.run(main())
print(sorted(log, key=str))
