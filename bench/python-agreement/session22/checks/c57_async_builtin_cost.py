import asyncio

result = ""


async def heavy():
    total = 0
    for i in range(200):
        total += sum(range(20000))
    return total


async def main():
    global result
    try:
        await asyncio.wait_for(heavy(), timeout=0.005)
        result = "finished"
    except asyncio.TimeoutError:
        result = "timeout"


asyncio.run(main())
print(result)
