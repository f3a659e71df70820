# Wrong words. weft import w01_module_dict_constant.py refuses at 13:56 (`DELAYS` in the gather's generator)
# with: "weft needs this value at import time (a literal, a module constant or a range loop's counter),
# but it is only known when the program runs". DELAYS is a module constant (a dict display of tuples);
# the real limit is the help's "a list of tasks is made over range(...) or a list of ..." (a dict's keys are not one).
# CPython prints ['a', 'b']. From session41 a01_weather_gather.py and f02_price_as_completed.py.
# Command: /work/notes/s41/weft-start import w01_module_dict_constant.py

import asyncio

DELAYS = {"a": (1, 0.001), "b": (2, 0.002)}


async def fetch(name):
    n, d = DELAYS[name]
    await asyncio.sleep(d)
    return name


async def main():
    results = await asyncio.gather(*(fetch(n) for n in DELAYS))
    print(results)


asyncio.run(main())
