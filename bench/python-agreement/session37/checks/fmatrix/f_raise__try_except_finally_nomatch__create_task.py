"""try_except_finally_nomatch in a job run by create_task, failing by raise."""
import asyncio

TABLE = {"a": 1}
log = []


def fail(key):
    if key == "zz":
        raise KeyError(key)
    return 1


async def job(key):
    try:
        log.append(fail(key))
    except IndexError:
        log.append("wrong handler")
    finally:
        log.append(f"end {key}")


async def main():
    for k in ("zz", "a"):
        try:
            await asyncio.create_task(job(k))
            log.append("ok")
        except Exception:
            log.append("failed")


asyncio.run(main())
print(sorted(log, key=str))
