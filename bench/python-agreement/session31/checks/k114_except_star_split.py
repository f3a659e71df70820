# a TaskGroup whose two children raise different errors: except* ValueError takes one, except* KeyError the other
import asyncio

handled = []


async def bad_value():
    await asyncio.sleep(0)
    raise ValueError("v")


async def bad_key():
    await asyncio.sleep(0)
    raise KeyError("k")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_value())
            tg.create_task(bad_key())
    except* ValueError as eg:
        handled.append(("value", len(eg.exceptions)))
    except* KeyError as eg:
        handled.append(("key", len(eg.exceptions)))


asyncio.run(main())
print(handled)
