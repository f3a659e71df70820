# Wrong words (from held-out a01): `asyncio.gather(*(poll(n) for n in stations))` over a module dict display
# of tuples that nothing writes is refused with "weft needs this value at import time (a literal, a module constant or a
# range loop's counter), but it is only known when the program runs", pointing at `stations`: its keys are
# known at import time (a module constant dict; with int values instead of tuples the same gather imports).
# CPython: prints temps=[14, 21]. Command: weft import bench/python-agreement/session40/repro/w06_gather_over_module_dict.py
import asyncio

stations = {"ridge": (0.002, 14), "valley": (0.001, 21)}


async def poll(name):
    delay, temp = stations[name]
    await asyncio.sleep(delay)
    return temp


async def main():
    return await asyncio.gather(*(poll(n) for n in stations))


temps = asyncio.run(main())
print(f"temps={temps}")
