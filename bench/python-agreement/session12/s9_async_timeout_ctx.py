import asyncio
status = 0
async def slow():
    await asyncio.sleep(0.2)
async def main():
    global status
    try:
        async with asyncio.timeout(0.05):
            await slow()
        status = 1
    except TimeoutError:
        status = 2
asyncio.run(main())
print(status)
