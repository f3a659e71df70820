# a plain `except KeyError` does not catch the ExceptionGroup a TaskGroup raises for its body's KeyError
import asyncio

log = []


async def worker():
    await asyncio.sleep(0.05)
    log.append("worker done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            raise KeyError("body failed")
    except KeyError:
        log.append("caught plain")
    except Exception:
        log.append("caught group")


asyncio.run(main())
print(log)
