import asyncio

log = []


async def job(kind):
    await asyncio.sleep(0)
    if kind == "k":
        raise KeyError(kind)
    if kind == "v":
        raise ValueError(kind)
    log.append("ok")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for kind in ("k", "v", "fine"):
                tg.create_task(job(kind))
    except* KeyError as eg:
        log.append(f"k{len(eg.exceptions)}")
    except* ValueError as eg:
        log.append(f"v{len(eg.exceptions)}")


asyncio.run(main())
print(log)  # ordered
