import asyncio
out = []
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        out.append('swallowed')
        return 'late'
async def main():
    try:
        v = await asyncio.wait_for(stubborn(), timeout=0.01)
        out.append(v)
    except asyncio.TimeoutError:
        out.append('timeout')
asyncio.run(main())
print(out)
