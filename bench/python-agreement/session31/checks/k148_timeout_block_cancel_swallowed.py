# the body of `async with asyncio.timeout(0.01)` catches the time-out's CancelledError and carries on:
# CPython's block then ends without a TimeoutError
import asyncio

log = []


async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append("body swallowed the cancel")
        log.append("after block")
    except TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
