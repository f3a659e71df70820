import asyncio

log = []


async def quick():
    log.append("quick")
    return 1


async def later():
    await asyncio.sleep(0.002)
    raise RuntimeError("later")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(quick())
            tg.create_task(later())
        log.append("unreached")
    except* RuntimeError:
        log.append(f"caught, quick={a.result()}")


asyncio.run(main())
print(log)  # ordered
