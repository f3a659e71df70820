import asyncio

log = []

async def child():
    try:
        await asyncio.sleep(1)
    except Exception:
        log.append("caught by Exception")
    finally:
        log.append("finally")

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")

asyncio.run(main())
