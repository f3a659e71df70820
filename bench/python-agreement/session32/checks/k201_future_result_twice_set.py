# asyncio: set_result on a done future raises InvalidStateError.
import asyncio

errors = 0


async def main():
    global errors
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    try:
        t.result()
        t.cancel()
        t.result()
    except asyncio.InvalidStateError:
        errors += 1


asyncio.run(main())
print(errors)
