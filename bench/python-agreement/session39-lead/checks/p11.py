import asyncio
log = []
async def slow():
    try:
        await asyncio.sleep(1)
        log.append("finished")
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("cleanup")
async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        log.append("timeout")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw cancel")
    log.append(t.cancelled())
asyncio.run(main())
print(log)
