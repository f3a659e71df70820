import asyncio
out = []
async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                out.append('inner saw cancel')
                raise
    except TimeoutError:
        out.append('timeout')
asyncio.run(main())
print(out)
